# A negative int in two's complement over 300 MiB: built in place in the
# bytes object, which the memory budget refuses.
# limit: memory
b = (-1).to_bytes(300 * 2**20, 'big', signed=True)
