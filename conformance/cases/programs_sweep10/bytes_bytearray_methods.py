b = b"Hello, World"
print(b.hex(), b.hex(":", 2), b"\x01\x02\x03".hex("-"), bytes.fromhex("de ad BE EF"), bytes.fromhex(""))
print(b.upper(), b.swapcase(), b.title(), b.center(16, b"*"), b.zfill(14), b.split(b", "), b.partition(b"o"))
print(b.find(b"o"), b.find(111), b.count(b"l"), b.index(b"W"), b.replace(b"l", b"L", 2), b[0], b[-1:], b[::-3])
ba = bytearray(b"abc")
ba.append(100); ba.extend(b"ef"); ba.insert(0, 65); ba += b"!"
print(ba, ba.pop(), ba.pop(0), ba.remove(99), ba)
ba[1:3] = b"XYZ"; del ba[-1]; ba.reverse()
print(ba, ba.decode(), len(ba), ba.isalpha(), bytes(ba).lower())
print(bytearray(3), bytes(2), bytes([65, 66]), bytearray("é", "utf-8"), list(b"ab"), bytes(range(3)))
print(b"a b\tc".split(), b"  x ".strip(), b"xxhixx".strip(b"x"), b"a".join([b"1", bytearray(b"2")]))
print(b"abc".startswith((b"x", b"a")), b"%d-%s" % (1, b"z"), b"Ab1".isalnum(), b"AB".isupper())
for call in [lambda: bytes([256]), lambda: bytearray(b"a").append(300), lambda: bytes.fromhex("zz"),
             lambda: b"a" + "b", lambda: bytes("x"), lambda: b"abc".index(b"z"), lambda: bytearray().pop(),
             lambda: bytearray(b"a").remove(98), lambda: bytes(-1), lambda: b"x"[5]]:
    try:
        call()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(b"caf\xc3\xa9".decode(), b"\xff".decode("utf-8", "replace"), b"\xff".decode("latin-1"), b"\xffa".decode("ascii", "ignore"))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
