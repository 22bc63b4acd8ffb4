# struct.error and the other exceptions, with CPython's messages.
import struct

def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

for order in "@<>":
    for code, big in zip("bBhHiIlLqQ", [300, 300, 70000, 70000, 2**40, 2**40, 2**70, 2**70, 2**70, 2**70]):
        for v in (big, -big, -1):
            attempt(order + code + " " + str(v), struct.pack, order + code, v)
for v in [2**63, 2**64, -2**63 - 1, -2, 2**40]:
    for fmt in ["<l", "<L", ">q", ">Q", "@P", "@n", "@N", ">l", ">L"]:
        attempt(fmt + " " + str(v), struct.pack, fmt, v)
attempt("not int", struct.pack, "i", "x")
attempt("float for int", struct.pack, "i", 1.5)
attempt("none", struct.pack, "i", None)
attempt("not float", struct.pack, "d", "x")
attempt("char", struct.pack, "c", b"ab")
attempt("char str", struct.pack, "c", "a")
attempt("s str", struct.pack, "s", "a")
attempt("p int", struct.pack, "p", 1)
attempt("too few", struct.pack, "i")
attempt("too many", struct.pack, "i", 1, 2)
attempt("2i", struct.pack, "2i", 1)
attempt("bad char", struct.pack, "z")
attempt("count alone", struct.pack, "3")
attempt("P standard", struct.pack, "<P", 1)
attempt("n standard", struct.calcsize, ">n")
attempt("space in count", struct.calcsize, "2 i")
attempt("huge", struct.calcsize, "99999999999999999999i")
attempt("too long", struct.calcsize, "9223372036854775807i")
attempt("fmt int", struct.pack, 1)
attempt("no args", struct.pack)
attempt("unpack size", struct.unpack, "i", b"abc")
attempt("unpack empty", struct.unpack, "i", b"")
attempt("unpack str", struct.unpack, "i", "abcd")
attempt("unpack args", struct.unpack, "i")
attempt("calcsize none", struct.calcsize, None)
print(issubclass(struct.error, Exception), struct.error.__module__, struct.error.__name__)
try:
    struct.pack("h", 99999)
except struct.error as e:
    print("caught struct.error:", e)
