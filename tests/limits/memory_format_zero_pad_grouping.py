# Zero padding with thousands separators: the padded digits and their copy
# need more than the whole budget; no ordinary C++ buffer of that size is
# built first.
# One request larger than the whole memory budget is refused before anything
# is allocated, with CPython's catchable MemoryError (docs/SECURITY.md).
# limit: none
# exit: 1
# expect-error: MemoryError
x = f'{0:0200000000,}'
