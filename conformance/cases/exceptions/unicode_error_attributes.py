# UnicodeDecodeError / UnicodeEncodeError / UnicodeTranslateError built by
# hand: the arguments they take, their five attributes, and str() computed
# from the attributes as they are now.

attempts = [
    ("no args", lambda: UnicodeDecodeError()),
    ("one arg", lambda: UnicodeDecodeError("utf-8")),
    ("encoding not str", lambda: UnicodeDecodeError(1, b"", 0, 1, "r")),
    ("object not bytes", lambda: UnicodeDecodeError("utf-8", "str", 0, 1, "r")),
    ("start not int", lambda: UnicodeDecodeError("utf-8", b"x", "a", 1, "r")),
    ("reason not str", lambda: UnicodeDecodeError("utf-8", b"x", 0, 1, 5)),
    ("six args", lambda: UnicodeDecodeError("utf-8", b"x", 0, 1, "r", 6)),
    ("keyword", lambda: UnicodeDecodeError("utf-8", b"x", 0, 1, reason="r")),
    ("encode bytes object", lambda: UnicodeEncodeError("ascii", b"x", 0, 1, "r")),
    ("encode float start", lambda: UnicodeEncodeError("ascii", "x", 0.5, 1, "r")),
    ("encode None reason", lambda: UnicodeEncodeError("ascii", "x", 0, 1, None)),
    ("translate three", lambda: UnicodeTranslateError("x", 0, 1)),
    ("translate bytes", lambda: UnicodeTranslateError(b"x", 0, 1, "r")),
    ("huge start", lambda: UnicodeDecodeError("utf-8", b"x", 2**70, 1, "r")),
]
for name, make in attempts:
    try:
        make()
        print(name, "ok")
    except (TypeError, OverflowError) as e:
        print(name, type(e).__name__, e)

e = UnicodeDecodeError("utf-8", bytearray(b"\xff\xfe"), 0, 1, "bad")
print(repr(e))
print(str(e))
print(type(e.object).__name__, e.object, e.args)
print(e.encoding, e.start, e.end, e.reason, isinstance(e, UnicodeError), isinstance(e, ValueError))
e.start = 1
print(e)
e.end = 2
print(e)
e.start = 5
e.end = 7
print(e)
e.reason = 42
print(e)
e.encoding = None
print(e)
e.start = True
e.end = 2
print(e, e.start)
try:
    e.start = "x"
except TypeError as x:
    print("TypeError", x)
try:
    del e.end
except TypeError as x:
    print("TypeError", x)
try:
    e.end = 2**80
except OverflowError as x:
    print("OverflowError", x)
e.start, e.end = 0, 1
del e.reason
print(e.reason, e)

f = UnicodeEncodeError("ascii", "a\xe9\u20ac\U0001f600", 1, 2, "nope")
print(f)
f.start, f.end = 2, 3
print(f)
f.start, f.end = 3, 4
print(f)
f.end = 5
print(f)
f.start, f.end = 4, 5
print(f)
print(f.encoding, f.object, f.start, f.end, f.reason, f.args)
print(repr(f))

g = UnicodeTranslateError("ab\xe9", 2, 3, "why")
print(g)
print(repr(g), g.encoding, g.object, g.start, g.end, g.reason)
g.end = 10
print(g)

print(repr(UnicodeError("plain")), UnicodeError("x", 1))
try:
    UnicodeError("plain").start
except AttributeError as x:
    print("AttributeError", x)

n = UnicodeDecodeError.__new__(UnicodeDecodeError)
print(repr(str(n)), n.args, n.encoding, n.object, n.start, n.end, n.reason)


class MyError(UnicodeDecodeError):
    def describe(self):
        return f"{self.encoding}:{self.start}-{self.end}"


m = MyError("ascii", b"\x80", 0, 1, "ordinal not in range(128)")
print(m, m.describe(), isinstance(m, UnicodeDecodeError))
m.start = 3
m.note = "extra"
print(m.describe(), m.note)
try:
    MyError("too", "few")
except TypeError as x:
    print("TypeError", x)


class Wrapped(UnicodeEncodeError):
    def __init__(self, text):
        super().__init__("ascii", text, 0, len(text), "custom")


w = Wrapped("héllo")
print(w, w.object, w.end, w.args)
try:
    raise w
except UnicodeError as caught:
    print(type(caught).__name__, caught.reason)
