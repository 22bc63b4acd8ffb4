# strip, lstrip, rstrip, removeprefix, removesuffix.
b = b" \t\n\x0b\x0c\r hi there \r\n"
print(b.strip(), b.lstrip(), b.rstrip(), b"xxhixx".strip(b"x"), b"abcba".strip(b"ab"), b"ab".strip(b""))
print(b"  a  ".strip(None), bytearray(b"  a  ").lstrip(), b"\x1cz\x1c".strip(), b"..a..".rstrip(bytearray(b".")))
print(b"prefix-body".removeprefix(b"prefix-"), b"body.txt".removesuffix(b".txt"), b"abc".removeprefix(b"x"), b"abc".removesuffix(b""))
print(bytearray(b"abc").removeprefix(b"a"), bytearray(b"abc").removesuffix(b"x"), b"a".removeprefix(b"abc"))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: b.strip("a"))
show(lambda: b.strip(b"a", b"b"))
show(lambda: b.removeprefix("a"))
show(lambda: b.removesuffix())
