# 2 ** (10 ** 12): the result alone would need 125 GB of digits.
# One request larger than the whole memory budget is refused before anything
# is allocated, with CPython's catchable MemoryError (docs/SECURITY.md).
# limit: none
# exit: 1
# expect-error: MemoryError
x = 2 ** (10 ** 12)
