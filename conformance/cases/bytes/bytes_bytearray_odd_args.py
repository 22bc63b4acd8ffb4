# bytes and bytearray methods with odd arguments, % formatting, int <-> bytes, error messages.
b = b"Hello World"
ba = bytearray(b"abc")
print(b.hex(), b.hex(":"), b.hex("-", 4), bytes.fromhex("de ad be ef"), bytearray.fromhex("00ff"), b.upper(), b.swapcase(), b.title())
print(b.split(), b.split(b"o"), b.rsplit(b"o", 1), b.partition(b" "), b.center(15, b"*"), b.zfill(13), b.find(b"o"), b.count(b"l"), b.index(111))
print(b[0], b[-1:], b[::2], list(b[:3]), 111 in b, b"lo" in b, b.startswith((b"He", b"x")), b.replace(b"l", b"L", 2), b * 2, b + bytearray(b"!"))
ba.append(100); ba.extend(b"ef"); ba.insert(0, 65); ba[1] = 0x7a; del ba[2]
print(ba, ba.pop(), ba.pop(0), ba, len(ba), ba.decode(), bytes(ba), ba == b"zdef"[:0] + bytes(ba))
ba2 = bytearray(5); ba2[1:3] = b"xyz"; print(ba2, bytearray(b"abc").reverse() is None)
ba3 = bytearray(b"hello"); ba3.remove(ord("l")); print(ba3, ba3.strip(b"ho"), ba3.lstrip(b"h"), ba3.translate(None, b"e"), ba3 * 2)
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(range(3)), bytearray(b"x") + b"y", bytes.maketrans(b"ab", b"AB"), b"abcab".translate(bytes.maketrans(b"ab", b"AB")))
print(b"%s:%d:%x:%c:%r:%a" % (b"k", 5, 255, 65, b"q", "é"), b"%5s|%-5s|" % (b"ab", b"cd"), b"%(k)s" % {b"k": b"v"})
print(repr(b"\x00\n\t\\'\""), repr(bytearray(b"'")), b"abc".isalpha(), b"ab1".isalnum(), b" ".isspace(), b"ABC".isupper(), b"Title Case".istitle(), b"\x80".isascii())
print(b"a,b".split(b","), b"  x ".strip(), b"x\ny\r\nz".splitlines(keepends=True), b"abc".expandtabs(), b"a\tb".expandtabs(4), b"ab".ljust(4, b"-"), b"ab".rjust(4))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), (-2).to_bytes(2, "little", signed=True), (1024).to_bytes(3, byteorder="big"), int.from_bytes(bytearray(b"\x01\x02"), "big"))
for bad in [lambda: b"a" + "b", lambda: bytes([256]), lambda: ba.append(300), lambda: b"abc".index(b"z"), lambda: bytes("x"), lambda: (300).to_bytes(1, "big"), lambda: b"ab"[5], lambda: bytearray(b"a").pop(3)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
h = {b"k": 1}; print(h[b"k"], hash(b"k") == hash(b"k"), b"abc" < b"abd", b"" < b"\x00", sorted([b"b", b"A", b"a"]), max(b"hello"), sum(b"\x01\x02"))
mv = list(reversed(b"abc")); print(mv, b"".join([b"a", bytearray(b"b")]), bytearray(b"-").join([b"x", b"y"]), type(bytearray(b"-").join([b"x"])).__name__)
