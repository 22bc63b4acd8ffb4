# A 200-million-digit float precision: the digits and the result, which is
# copied out of its writer, need more than the whole budget at once.
# One request larger than the whole memory budget is refused before anything
# is allocated, with CPython's catchable MemoryError (docs/SECURITY.md).
# limit: none
# exit: 1
# expect-error: MemoryError
x = f'{1.5:.200000000f}'
