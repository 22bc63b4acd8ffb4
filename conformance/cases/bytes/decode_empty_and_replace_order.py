# An empty bytes decodes to '' before the codec is looked up, and
# bytes.replace checks old and new before count.
for enc in ["bogus", "", "utf-8"]:
    print(repr(b"".decode(enc)), repr(bytearray().decode(enc, "bogus")), repr(str(b"", enc)))
try:
    b"x".decode("bogus")
except LookupError as e:
    print("LookupError", e)
for args in [(None, None, None), (b"a", None, "x"), (b"a", b"b", "x"), ("a", b"b", 1)]:
    for obj in (b"aaa", bytearray(b"aaa")):
        try:
            print(obj.replace(*args))
        except TypeError as e:
            print("TypeError", e)
print(b"aaa".replace(b"a", b"b", 2), bytearray(b"aaa").replace(b"a", b"", -1))
