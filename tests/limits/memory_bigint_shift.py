# A big int shifted left by ever larger amounts: its digits are charged.
# One request larger than the whole memory budget is refused before anything
# is allocated, with CPython's catchable MemoryError (docs/SECURITY.md).
# limit: none
# exit: 1
# expect-error: MemoryError
x = 1
n = 1
while True:
    x = x << n
    n *= 2
