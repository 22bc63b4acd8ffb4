# `in` with ints and bytes-like needles; iteration yields ints.
b = b"hello"
print(104 in b, 0 in b, b"ell" in b, b"" in b, bytearray(b"lo") in b, b"lo" in bytearray(b))
print(list(b), list(bytearray(b"\x00\xff")), [c for c in b"ab"], tuple(b"xy"))
print(list(reversed(b"abc")), sorted(b"cab"), sum(b"\x01\x02\x03"), max(b"az"))
print(list(enumerate(b"ab")), dict(zip(b"ab", b"cd")))
it = iter(b"ab")
print(next(it), next(it), next(it, "done"))
ba = bytearray(b"abc")
out = []
for c in ba:
    out.append(c)
    if c == 97:
        ba.append(100)
print(out, ba)

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: 256 in b)
show(lambda: -1 in b)
show(lambda: "h" in b)
show(lambda: 1.0 in b)
show(lambda: None in bytearray())
