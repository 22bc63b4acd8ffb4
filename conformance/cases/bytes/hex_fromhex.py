# hex() with separators, fromhex() parsing.
b = b"\x01\x23\x45\x67\x89\xab\xcd\xef"
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex("-", -3), b.hex(b" ", 3), b.hex(sep="_", bytes_per_sep=4))
print(b"".hex(), b"\xff".hex(":"), bytearray(b"\x00\x10").hex(), b"abcde".hex(":", 2), b"abcde".hex(":", -2), b"ab".hex(":", 0))
print(bytes.fromhex("deadbeef"), bytes.fromhex("DE AD\tBE\nEF "), bytes.fromhex(""), bytearray.fromhex("00 ff"))
print(type(bytearray.fromhex("01")).__name__, bytes.fromhex(" 0a0B "))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: b.hex("::"))
show(lambda: b.hex("\u00e9"))
show(lambda: b.hex(1))
show(lambda: b.hex(":", "x"))
show(lambda: bytes.fromhex("abc"))
show(lambda: bytes.fromhex("zz"))
show(lambda: bytes.fromhex("a b"))
show(lambda: bytes.fromhex("ab \u00e9"))
show(lambda: bytes.fromhex(b"ab"))
show(lambda: bytes.fromhex())
