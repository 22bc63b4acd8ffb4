# 'a'.join over a hundred million items: the list alone (800 MB) is refused.
# One request larger than the whole memory budget is refused before anything
# is allocated, with CPython's catchable MemoryError (docs/SECURITY.md).
# limit: none
# exit: 1
# expect-error: MemoryError
x = 'a'.join(['b'] * 10**8)
