# bytes literals and repr: quote choice, escapes, bytearray's repr.
values = [b"", b"abc", b"a'b", b'a"b', b"'\"", b"\x00\x01\x7f\x80\xff", b"\t\n\r\\", b"\x1b[0m"]
for v in values:
    print(repr(v), str(v), len(v))
for v in values:
    print(repr(bytearray(v)))
print(rb"raw\n", b"con" b"cat", b"\101\x42C")
print(repr(b"x" * 3), ascii(b"\xe9"), f"{b'ab'}", "%s|%r" % (b"s", b"r"))
