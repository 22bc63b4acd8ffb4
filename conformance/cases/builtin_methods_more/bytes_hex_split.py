b = b"\x01\x02\xab\xcd\xef"
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex("-", -2), b.hex(" ", 1), b.hex(b"|", 3), b"".hex(":"))
print(bytearray(b).hex("_", 4), bytes.fromhex("01 02 ab"), bytes.fromhex(""), bytes.fromhex("  FF00  "), bytearray.fromhex("dead beef"))
for s in ["0", "zz", "01 0", "0 1"]:
    try:
        bytes.fromhex(s)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    b.hex("ab")
except ValueError as e:
    print(type(e).__name__, e)
print(b"a,b,,c".split(b","), b"  a b  ".split(), b"a b c".split(None, 1), b"a,b,c".rsplit(b",", 1))
print(bytearray(b"x y").split(), b"".split(), b"abc".partition(b"b"), b"abc".rpartition(b"z"))
try:
    b"abc".split("b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc".split(b"")
except ValueError as e:
    print(type(e).__name__, e)
print(b"-".join([b"a", bytearray(b"b"), b"c"]), bytearray(b", ").join([b"x", b"y"]))
try:
    b"".join([b"a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
print(b"Hello World".swapcase(), b"hello world".title(), b"abc".upper(), b"ABC".lower(), b"  x ".strip(), b"xxaxx".strip(b"x"))
print(b"abc".center(7, b"*"), b"42".zfill(5), b"-4".zfill(4), b"a\tb".expandtabs(4), b"abc".replace(b"b", b"BB"))
print(b"abcabc".find(b"c"), b"abcabc".rfind(b"c"), b"abcabc".index(99), b"abcabc".count(b"ab"), b"abc".startswith((b"x", b"a")))
print(b"abc"[0], b"abc"[-1:], b"abc"[::-1], list(b"ab"), bytes(3), bytes([65, 66]), bytes("é", "utf-8"), b"\xc3\xa9".decode())
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes("abc")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xff".decode("utf-8", "replace"), b"\xff".decode("latin-1"), "é".encode("ascii", "replace"), "é".encode("ascii", "ignore"))
print(repr(b"'\""), repr(b"\n\t\x00\x7f\x80"), repr(b"it's"), b"abc" + bytearray(b"d"), bytearray(b"a") + b"b")
print(b"a1".isalnum(), b"A".isupper(), b" ".isspace(), b"12".isdigit(), b"".isalpha(), b"Ab Cd".istitle())
