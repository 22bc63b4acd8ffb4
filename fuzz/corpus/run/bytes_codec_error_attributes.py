# The errors the codecs raise carry CPython's five arguments and attributes.


def show(e):
    print(type(e).__name__, "|", e)
    print("  ", e.encoding, repr(e.object), e.start, e.end, repr(e.reason))
    print("  ", e.args == (e.encoding, e.object, e.start, e.end, e.reason), type(e.object).__name__)


cases = [
    lambda: b"ab\xff".decode(),
    lambda: bytearray(b"ab\xffcd").decode(),
    lambda: b"\xe2\x82".decode("utf-8"),
    lambda: b"\xe2\x82z".decode("utf-8"),
    lambda: b"\xf0\x9f\x98".decode(),
    lambda: b"\xed\xa0\x80".decode(),
    lambda: b"a\x80b".decode("ascii"),
    lambda: b"a\x80b".decode("US-ASCII"),
    lambda: str(b"\xff", "UTF8"),
    lambda: "x\u20acy\u20ac".encode("latin-1"),
    lambda: "x\u20ac\u20acy".encode("ascii"),
    lambda: "caf\xe9 \U0001f600".encode("ascii"),
    lambda: "\ud800".encode(),
    lambda: "ab\udcff".encode("utf-8", "surrogateescape") + "\udc10".encode("ascii", "surrogateescape"),
    lambda: bytes("é", "ASCII"),
    lambda: bytearray("€", "latin1"),
]
for make in cases:
    try:
        make()
        print("no error")
    except UnicodeError as e:
        show(e)

# The message follows the attributes.
try:
    b"\xff\xfe".decode()
except UnicodeDecodeError as e:
    e.end = 2
    print(e)
    e.encoding = "mine"
    e.reason = "changed"
    print(e)
    print(e.args)

# Handlers other than strict raise nothing.
print(b"a\xffb".decode("utf-8", "replace"), "é€".encode("ascii", "backslashreplace"))

# Caught as the base classes too.
for exc_type in (UnicodeError, ValueError):
    try:
        "é".encode("ascii")
    except exc_type as e:
        print(exc_type.__name__, type(e).__name__, e.start, e.end)

# Errors kept while the collector runs keep their attributes.
kept = []
for i in range(20000):
    try:
        bytes([0x41, 0x80 + i % 64]).decode()
    except UnicodeDecodeError as e:
        kept.append(e)
junk = [[i, str(i)] for i in range(100000)]
del junk
print(len(kept), all(k.object == bytes([0x41, 0x80 + i % 64]) and k.reason == "invalid start byte"
                     and k.encoding == "utf-8" and (k.start, k.end) == (1, 2)
                     for i, k in enumerate(kept)))
print(kept[-1])
