# The ValueError of float(bytes) quotes the whole repr of the argument;
# building that message is charged like any other buffer.
# limit: memory
b = b'\x00' * (60 * 2**20)
float(b)
