calls = [
    lambda: bytes.fromhex("de ad be ef"), lambda: bytes.fromhex("dead bee"), lambda: bytes.fromhex("zz"),
    lambda: bytes.fromhex(" 0a"), lambda: bytes.fromhex("0a "), lambda: bytes.fromhex("0 a"),
    lambda: bytes.fromhex(b"00"), lambda: bytearray.fromhex("ff00"), lambda: bytes.fromhex("\u00e900"),
    lambda: b"\xde\xad".hex(), lambda: b"\xde\xad\xbe".hex(":"), lambda: b"\xde\xad\xbe".hex("-", 2),
    lambda: b"\xde\xad\xbe".hex("-", -2), lambda: b"abc".hex("::"), lambda: b"abc".hex(""),
    lambda: b"abc".hex("\u00e9"), lambda: b"abc".hex(5), lambda: bytes(-1), lambda: bytes(3),
    lambda: bytes("abc"), lambda: bytes("abc", "ascii"), lambda: bytes([256]), lambda: bytes([-1]),
    lambda: bytes(["a"]), lambda: bytes(1.5), lambda: bytes(None), lambda: bytes(b"x", "utf-8"),
    lambda: bytes("é", "ascii"), lambda: bytes("a", errors="strict"), lambda: bytearray(2**70),
    lambda: b"abc".split(b""), lambda: b"a b".split(), lambda: b"a,b".split(","), lambda: b"abc".find("b"),
    lambda: b"abc".find(98), lambda: b"abc".find(300), lambda: b"abc".count(b"", 1), lambda: b"abc".index(b"z"),
    lambda: b"abc".replace(b"", b"-"), lambda: b"abc".startswith("a"), lambda: b"abc".startswith((b"x", b"a")),
    lambda: b"%s" % "x", lambda: b"abc".join([b"1", "2"]), lambda: b"-".join([b"a", bytearray(b"b")]),
    lambda: b"abc".decode("ascii", "nope"), lambda: b"\xff".decode(), lambda: b"\xff".decode("utf-8", "replace"),
    lambda: b"\xff\xfe".decode("utf-8", "backslashreplace"), lambda: b"\xe9".decode("latin-1"),
    lambda: b"abc".center(7, b"*"), lambda: b"abc".center(7, "*"), lambda: b"abc".center(7, b"**"),
    lambda: b"abc".ljust(5, bytearray(b"-")), lambda: b"  x ".strip(), lambda: b"xxaxx".strip(b"x"),
    lambda: b"x".strip("x"), lambda: b"AbC".swapcase(), lambda: b"hello world".title(), lambda: b"\xe9".upper(),
    lambda: b"abc"[1], lambda: b"abc"[1:2], lambda: b"abc"[5], lambda: bytes(reversed(b"abc")),
    lambda: b"ab" * 2, lambda: b"ab" + "c", lambda: b"ab" + bytearray(b"c"), lambda: bytearray(b"c") + b"ab",
    lambda: b"a" < "b", lambda: b"a" == "a", lambda: b"abc".translate(None, b"b"),
    lambda: b"abc".translate(bytes.maketrans(b"a", b"z")), lambda: bytes.maketrans(b"ab", b"c"),
    lambda: b"abc".translate(b"short"), lambda: b"1 2".split(maxsplit=-5), lambda: b"a\tb".expandtabs(4),
    lambda: b"abc".partition(b"b"), lambda: b"abc".rpartition("b"), lambda: b"123".isdigit(), lambda: b"".isalpha(),
    lambda: b"Ab".istitle(), lambda: b"abc".removesuffix(b"c"), lambda: b"abc".zfill(6), lambda: b"-1".zfill(4),
    lambda: 97 in b"abc", lambda: b"ab" in b"abc", lambda: 300 in b"abc", lambda: "a" in b"abc",
    lambda: b"abc".splitlines(), lambda: b"a\r\nb".splitlines(True), lambda: repr(b"'\"\x00\x7f\x80\\"),
    lambda: repr(bytearray(b"'x")), lambda: bytes(bytearray(b"z")), lambda: list(b"az"),
    lambda: b"abc".decode(encoding="utf-16"),
]
for c in calls:
    try:
        print(repr(c()))
    except (TypeError, ValueError, OverflowError, LookupError, UnicodeError, IndexError, MemoryError) as e:
        print(type(e).__name__, e)
ba = bytearray(b"hello")
for op in [lambda: ba.append(256), lambda: ba.append("a"), lambda: ba.append(33), lambda: ba.extend([1, 300]),
           lambda: ba.extend("ab"), lambda: ba.extend(b"!!"), lambda: ba.insert(0, -1), lambda: ba.insert(0, 72),
           lambda: ba.pop(), lambda: ba.pop(100), lambda: bytearray().pop(), lambda: ba.remove(0),
           lambda: ba.remove(104), lambda: ba.reverse(), lambda: ba.__setitem__(0, 256),
           lambda: ba.__setitem__(slice(0, 2), b"XYZ"), lambda: ba.__setitem__(slice(0, 4, 2), b"Q"),
           lambda: ba.__setitem__(0, b"a"), lambda: ba.__delitem__(slice(None, None, 2)), lambda: ba.clear(),
           lambda: ba.copy(), lambda: ba.__iadd__("x"), lambda: ba.__imul__(2)]:
    try:
        r = op()
        print(repr(r), ba)
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
