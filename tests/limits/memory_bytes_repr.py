# repr() of 60 MiB of bytes that each need a four-character escape: the
# repr is measured and refused before it is built.
# limit: memory
b = b'\x00' * (60 * 2**20)
s = repr(b)
