# bytes.hex with a separator triples a 100 MB buffer: the result is
# charged before it is allocated.
# One request larger than the whole memory budget is refused before anything
# is allocated, with CPython's catchable MemoryError (docs/SECURITY.md).
# limit: none
# exit: 1
# expect-error: MemoryError
data = b"a" * 10 ** 8
print(len(data.hex(":")))
