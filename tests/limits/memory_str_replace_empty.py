# Inserting a million-character string between every character.
# One request larger than the whole memory budget is refused before anything
# is allocated, with CPython's catchable MemoryError (docs/SECURITY.md).
# limit: none
# exit: 1
# expect-error: MemoryError
x = ('ab' * 1000).replace('', 'x' * 10**6)
