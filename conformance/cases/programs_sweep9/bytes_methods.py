b = b"Hello, World"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.split(b", "), b.replace(b"l", b"L", 2))
print(b.hex(), b.hex(":"), b.hex("-", 4), bytes.fromhex("de ad be ef"), b.find(b"o"), b.rfind(b"o"))
print(b.startswith(b"He"), b.count(b"l"), b.partition(b","), b.center(16, b"*"), b.zfill(14))
print(b.decode(), b.decode("ascii"), "héllo".encode(), "héllo".encode("latin-1"), list(b"ab"))
print(b"abc" + bytearray(b"d"), bytearray(b"d") + b"abc", b"ab" * 3, b"x" in b"xyz", 120 in b"xyz")
ba = bytearray(b"abc")
ba.append(100); ba.extend(b"ef"); ba.insert(0, 65); ba[1] = 66
print(ba, ba.pop(), ba.pop(0), ba, len(ba))
ba.reverse(); print(ba); ba.remove(ord("e")); print(ba)
print(bytes(3), bytes([1, 2, 255]), bytearray(2), bytes(range(65, 70)), bytes("xy", "utf-8"))
try:
    bytes([256])
except ValueError as e:
    print(e)
try:
    b"abc" + "d"
except TypeError as e:
    print(e)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(e)
print(b"\xff".decode("utf-8", "replace"), b"\xffab".decode("ascii", "ignore"), "é".encode("ascii", "replace"))
print(b"a b\tc\n".split(), b"  x ".strip(), b"1,2,3".split(b",", 1), b"-".join([b"a", b"b"]))
print(b"abc".isalpha(), b"123".isdigit(), b"Ab".istitle(), b" ".isspace(), b"abc".translate(bytes.maketrans(b"a", b"z")))
print(repr(b"\x00\n'\""), repr(bytearray(b"'")), b"%s=%d" % (b"k", 5), b"\t".expandtabs(3))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), memoryview if False else "nomv")
print(sorted(b"banana"), max(b"az"), b"abc"[::-1], b"ab" < b"b", bytes(b"x") == bytearray(b"x"))
