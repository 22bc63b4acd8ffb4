# str.replace that multiplies a long string's length by a thousand.
# One request larger than the whole memory budget is refused before anything
# is allocated, with CPython's catchable MemoryError (docs/SECURITY.md).
# limit: none
# exit: 1
# expect-error: MemoryError
s = 'a' * 10**6
x = s.replace('a', 'b' * 1000)
