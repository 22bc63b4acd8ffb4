# bytearray's mutating methods.
ba = bytearray(b"abc")
print(ba.append(100), ba)
print(ba.extend(b"ef"), ba.extend([103, 104]), ba.extend(bytearray(b"i")), ba.extend(range(106, 108)), ba)
print(ba.insert(0, 65), ba.insert(-1, 66), ba.insert(100, 67), ba.insert(-100, 68), ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
print(ba.remove(98), ba)
c = ba.copy()
print(c == ba, c is ba, type(c).__name__)
print(ba.reverse(), ba)
print(ba.clear(), ba, len(ba))
e = bytearray(b"xy"); e.extend(e); print(e)
e = bytearray(b"ab"); e += b"cd"; e += bytearray(b"e"); print(e)
empty = bytearray(); empty += empty; print(empty)
e = bytearray(b"ab"); e *= 3; print(e); e *= 0; print(e)
e = bytearray(b"ab"); alias = e; e += b"!"; print(alias is e, alias)

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

x = bytearray(b"abc")
show(lambda: x.append(256))
show(lambda: x.append("a"))
show(lambda: x.append())
show(lambda: x.extend(1))
show(lambda: x.extend("ab"))
show(lambda: x.extend([1, 300]))
show(lambda: x.insert(0))
show(lambda: x.insert("a", 1))
show(lambda: x.pop(100))
show(lambda: bytearray().pop())
show(lambda: x.pop("a"))
show(lambda: x.remove(122))
show(lambda: x.remove(300))
show(lambda: x.remove(b"a"))
show(lambda: x.reverse(1))
show(lambda: x.clear(1))
show(lambda: x.copy(1))

def iadd(v):
    y = bytearray(b"a")
    y += v
    return y

def imul(v):
    y = bytearray(b"a")
    y *= v
    return y

show(lambda: iadd(1))
show(lambda: iadd("a"))
show(lambda: iadd([1]))
show(lambda: imul("a"))
show(lambda: imul(1.5))

def iadd_self():
    y = bytearray(b"ab")
    y += y
    return y

show(iadd_self)
print(x)
