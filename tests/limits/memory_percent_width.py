# printf-style formatting with a billion-character width.
# One request larger than the whole memory budget is refused before anything
# is allocated, with CPython's catchable MemoryError (docs/SECURITY.md).
# limit: none
# exit: 1
# expect-error: MemoryError
x = '%999999999d' % 1
