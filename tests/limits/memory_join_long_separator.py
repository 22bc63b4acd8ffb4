# join with a long separator: the result (20 GB) is refused before it is built.
# One request larger than the whole memory budget is refused before anything
# is allocated, with CPython's catchable MemoryError (docs/SECURITY.md).
# limit: none
# exit: 1
# expect-error: MemoryError
x = ('ab' * 1000).join(['b'] * 10**7)
