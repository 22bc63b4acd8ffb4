# hex() of a huge int (power-of-two bases have no digit limit): the 2**30-bit
# int fits the memory budget, its 268-million-character hex string does not.
# One request larger than the whole memory budget is refused before anything
# is allocated, with CPython's catchable MemoryError (docs/SECURITY.md).
# limit: none
# exit: 1
# expect-error: MemoryError
x = 1 << (1 << 30)
s = hex(x)
