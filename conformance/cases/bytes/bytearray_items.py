# bytearray item and slice assignment and deletion.
ba = bytearray(b"abcdef")
ba[0] = 65; ba[-1] = 70
print(ba)
ba[1:3] = b"XYZ"; print(ba)
ba[1:4] = b""; print(ba)
ba[2:2] = bytearray(b"++"); print(ba)
ba[::2] = b"123"; print(ba)
ba[5:2] = b"<>"; print(ba)
ba[0:1] = [104, 105]; print(ba)
ba[:] = ba; print(ba)
ba[1:3] = ba; print(ba)
del ba[0]; print(ba)
del ba[-2:]; print(ba)
del ba[::3]; print(ba)
ba[::-1] = b"x" * len(ba); print(ba)
x = bytearray(b"abcdef"); x[::2] = b""; print(x)
x = bytearray(b"abcdef"); x[0:2] = {7: 1}; print(x)
x = bytearray(b"abcdef"); del x[::-2]; print(x)
x = bytearray(b"abc"); x[True] = 0; print(x)

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def setitem(k, v):
    y = bytearray(b"abcdef")
    y[k] = v
    return y

def delitem(k):
    y = bytearray(b"abc")
    del y[k]
    return y

show(lambda: setitem(0, 300))
show(lambda: setitem(0, -1))
show(lambda: setitem(0, "a"))
show(lambda: setitem(10, 1))
show(lambda: setitem("a", 1))
show(lambda: setitem(slice(0, 2), 5))
show(lambda: setitem(slice(0, 2), "ab"))
show(lambda: setitem(slice(0, 2), 1.5))
show(lambda: setitem(slice(0, 2), None))
show(lambda: setitem(slice(0, 2), [300]))
show(lambda: setitem(slice(0, 6, 2), b"xy"))
show(lambda: setitem(slice(None, None, -1), b"1234567"))
show(lambda: delitem(5))
show(lambda: delitem("x"))
