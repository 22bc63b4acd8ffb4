# bytes subclasses: __slots__, __str__, formatting, match, and many instances
# with dicts surviving collection.
try:
    class S(bytes):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError", e)
class E(bytes):
    __slots__ = ()
e = E(b"q")
print(e, type(e).__name__)
try:
    e.x = 1
except AttributeError as x:
    print("AttributeError", x)
class BA(bytearray):
    __slots__ = ("tag",)
ba = BA(b"12")
ba.tag = "t"
print(ba, ba.tag)
class Named(bytes):
    def __str__(self):
        return "named:" + self.decode()
print(Named(b"n"), str(Named(b"n")), f"{Named(b'n')}", "%s" % Named(b"n"), repr(Named(b"n")))
keep = [Named(bytes([i % 256]) * (i % 50)) for i in range(20000)]
for i, k in enumerate(keep):
    k.__dict__["i"] = i
junk = [bytes(100) for _ in range(50000)]
del junk
print(all(k.i == i and len(k) == i % 50 for i, k in enumerate(keep)))
match Named(b"ab"):
    case bytes() as m:
        print("matched bytes", type(m).__name__)
print(b"x%sy" % Named(b"-"), type(b"%s" % Named(b"-")).__name__)
print(max(Named(b"a"), Named(b"b")), Named(b"ab").decode("ascii"))
print(Named(b"ab") < b"b", b"a" < Named(b"b"), Named(b"a") <= Named(b"a"))
print(list(reversed(Named(b"ab"))), Named(b"a b").split(), [type(x).__name__ for x in Named(b"a b").split()])
print(int.from_bytes(Named(b"\x01\x00"), "big"), bytearray(Named(b"zz")), b"".join([Named(b"a"), b"b"]))
