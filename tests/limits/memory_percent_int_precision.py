# printf-style integer formatting padded with zeros to a huge precision.
# One request larger than the whole memory budget is refused before anything
# is allocated, with CPython's catchable MemoryError (docs/SECURITY.md).
# limit: none
# exit: 1
# expect-error: MemoryError
x = '%.200000000d' % 1
