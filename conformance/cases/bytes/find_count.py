# count, find, rfind, index, rindex with bytes, ints and bounds.
b = b"abracadabra"
print(b.count(b"a"), b.count(b"abra"), b.count(97), b.count(b""), b.count(b"a", 3), b.count(b"a", 3, -3))
print(b.find(b"cad"), b.find(b"z"), b.find(98), b.find(b"a", 1), b.find(b"a", -4), b.find(b"", 11), b.find(b"", 12))
print(b.rfind(b"a"), b.rfind(b"abra"), b.rfind(b"b", 0, 5), b.rfind(b""), b.rfind(114))
print(b.index(b"d"), b.rindex(b"bra"), bytearray(b).find(b"cad"), bytearray(b).rindex(97))
print(b.find(bytearray(b"ra")), b.find(b"a", None, None), b.find(b"a", True))
print(b"aaaa".count(b"aa"), b"".find(b""), b"".count(b""), b"xyz".rfind(b"xyz", 1))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: b.index(b"z"))
show(lambda: b.rindex(b"z"))
show(lambda: bytearray(b).index(b"z"))
show(lambda: b.count())
show(lambda: b.count(b"a", 1, 2, 3))
show(lambda: b.find("a"))
show(lambda: b.find(300))
show(lambda: b.find(b"a", "x"))
show(lambda: b.count(x=b"a"))
show(lambda: bytearray(b).count(x=b"a"))
