# + and * on bytes and bytearray.
print(b"ab" + b"cd", b"ab" + bytearray(b"cd"), bytearray(b"ab") + b"cd")
print(b"ab" * 3, 3 * b"ab", b"ab" * 0, b"ab" * -2, bytearray(b"x") * 2, 2 * bytearray(b"yz"))
print(type(b"" + bytearray()).__name__, type(bytearray() + b"").__name__)

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: b"a" + "b")
show(lambda: bytearray(b"a") + "b")
show(lambda: b"a" + 1)
show(lambda: "a" + b"b")
show(lambda: 1 + b"b")
show(lambda: [1] + b"b")
show(lambda: b"a" * "b")
show(lambda: b"a" * 1.5)
show(lambda: b"a" * (2**70))
show(lambda: b"a" * b"b")
