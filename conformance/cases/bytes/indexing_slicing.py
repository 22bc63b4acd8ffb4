# Indexing gives ints; slicing gives the same kind.
b = b"abcdefgh"
ba = bytearray(b)
print(b[0], b[-1], ba[0], ba[-1], type(b[0]).__name__)
print(b[2:5], b[::-1], b[::3], b[5:2], b[-3:], b[:100])
print(ba[2:5], ba[::-1], ba[1::2], ba[10:])
print(b[True], b[False:2])

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: b[8])
show(lambda: b[-9])
show(lambda: ba[8])
show(lambda: b["x"])
show(lambda: ba[1.0])
show(lambda: b[::0])
show(lambda: b[2**70])
show(lambda: b[None:None])
