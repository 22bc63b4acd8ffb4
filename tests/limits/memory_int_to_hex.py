# hex() of a huge int (power-of-two bases have no digit limit): the 2**30-bit
# int fits the memory budget, its 268-million-character hex string does not.
# limit: memory
x = 1 << (1 << 30)
s = hex(x)
