# bytes() and bytearray() constructors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: bytes())
show(lambda: bytes(4))
show(lambda: bytes(0))
show(lambda: bytes([1, 2, 255]))
show(lambda: bytes((65, 66)))
show(lambda: bytes(range(97, 100)))
show(lambda: bytes(x for x in [104, 105]))
show(lambda: bytes(b"copy"))
show(lambda: bytes(bytearray(b"from array")))
show(lambda: bytes("text", "utf-8"))
show(lambda: bytes("caf\u00e9", "latin-1"))
show(lambda: bytes("text", encoding="ascii", errors="strict"))
show(lambda: bytes(True))
show(lambda: bytearray())
show(lambda: bytearray(3))
show(lambda: bytearray([0, 128, 255]))
show(lambda: bytearray(b"abc"))
show(lambda: bytearray("\u20ac", "utf-8"))
show(lambda: bytearray(source=2))
show(lambda: bytes(source=2))
show(lambda: bytearray({7: "x"}))
