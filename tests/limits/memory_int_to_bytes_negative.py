# A negative int in two's complement over 300 MiB: built in place in the
# bytes object, which the memory budget refuses.
# One request larger than the whole memory budget is refused before anything
# is allocated, with CPython's catchable MemoryError (docs/SECURITY.md).
# limit: none
# exit: 1
# expect-error: MemoryError
b = (-1).to_bytes(300 * 2**20, 'big', signed=True)
