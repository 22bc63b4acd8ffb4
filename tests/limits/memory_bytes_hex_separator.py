# bytes.hex with a separator triples a 100 MB buffer: the result is
# charged before it is allocated.
# limit: memory
data = b"a" * 10 ** 8
print(len(data.hex(":")))
