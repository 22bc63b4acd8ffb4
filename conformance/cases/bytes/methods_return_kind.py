# Methods return the receiver's kind: bytes for bytes, bytearray for bytearray.
b = b"Hello, World"
ba = bytearray(b)
for name, args in [("upper", ()), ("lower", ()), ("replace", (b"l", b"L")), ("strip", (b"H",)),
                   ("center", (14,)), ("zfill", (14,)), ("expandtabs", ()), ("translate", (None, b"l")),
                   ("removeprefix", (b"He",)), ("title", ())]:
    r1 = getattr(b, name)(*args)
    r2 = getattr(ba, name)(*args)
    print(name, type(r1).__name__, type(r2).__name__, r1 == r2)
print([type(p).__name__ for p in ba.split(b",")], [type(p).__name__ for p in ba.partition(b",")])
print([type(p).__name__ for p in ba.splitlines()], type(b"".join([ba])).__name__, type(ba.join([b])).__name__)
print(b.upper() is not b, b[:] is b, type(ba[:]).__name__)
