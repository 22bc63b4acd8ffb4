ba = bytearray(b"hello")
ba[0] = 72
ba[1:3] = b"EY"
ba.append(33)
ba.extend(b"??")
ba.extend([65, 66])
print(ba, len(ba))
ba.insert(0, 62); ba.insert(-1, 95); ba.insert(100, 10)
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("?"))
print(ba)
del ba[0]; del ba[-2:]
print(ba)
ba.reverse()
print(ba)
ba[::2] = b"xxxx"
print(ba)
ba += b"++"
ba *= 2
print(ba)
for f in [lambda: ba.append(256), lambda: ba.__setitem__(0, -1), lambda: ba.remove(200), lambda: bytearray().pop(), lambda: ba.__setitem__(slice(None, None, 2), b"a")]:
    try:
        f()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
try:
    ba.append("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ba[0] = b"a"
except TypeError as e:
    print(type(e).__name__, e)
c = ba.copy()
c.clear()
print(c, len(ba), bytearray(3), bytearray([1, 2]), bytearray("ab", "ascii"), bytearray(b"ab") == b"ab")
x = bytearray(b"abc")
x[1:2] = []
print(x, x[0], x[0:1], type(x[0:1]).__name__, bytes(x), x.decode(), x.upper(), type(x.upper()).__name__)
x[5:] = b"zz"
print(x, x.find(b"z"), x.count(b"z"), x.replace(b"z", b""), x.startswith(b"ac"))
