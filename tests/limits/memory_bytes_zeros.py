# bytes(10**10): ten gigabytes of zeros, refused up front.
# One request larger than the whole memory budget is refused before anything
# is allocated, with CPython's catchable MemoryError (docs/SECURITY.md).
# limit: none
# exit: 1
# expect-error: MemoryError
x = bytes(10**10)
