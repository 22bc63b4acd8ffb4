# class B(bytes): methods, __new__, and operations that give plain bytes.


class Tag(bytes):
    def describe(self):
        return f"{type(self).__name__}[{len(self)}] {self.hex()}"

    def upper_tag(self):
        return Tag(self.upper())


t = Tag(b"abc")
print(t, repr(t), type(t).__name__, t.describe())
print(isinstance(t, bytes), isinstance(t, Tag), issubclass(Tag, bytes))
print(t == b"abc", b"abc" == t, t != b"abd", hash(t) == hash(b"abc"))
print(len(t), t[0], t[-1], list(t), b"b" in t, 98 in t)
print(Tag(), repr(Tag()), Tag(3), Tag([65, 66]), Tag("hé", "utf-8"), Tag(range(3)))
print(t.upper_tag().describe())

# Results of operations are plain bytes, as in CPython.
results = {
    "slice": t[1:],
    "concat": t + b"!",
    "rconcat": b"!" + t,
    "repeat": t * 2,
    "upper": t.upper(),
    "replace": t.replace(b"a", b"z"),
    "strip": Tag(b"  x ").strip(),
    "join": b"-".join([t, t]),
    "join on subclass": Tag(b",").join([b"a", b"b"]),
    "split": t.split(b"b"),
    "bytes()": bytes(t),
    "ljust": t.ljust(5, b"."),
    "translate": t.translate(None, b"b"),
    "percent": Tag(b"%d!") % 5,
}
for name, r in results.items():
    print(name, r, type(r).__name__ if not isinstance(r, list) else [type(x).__name__ for x in r])
print(t.decode(), type(t.decode()).__name__, t.startswith(b"a"), t.find(b"c"), t.count(b"a"))
print(Tag.fromhex("41 42"), type(Tag.fromhex("41")).__name__)
print(sorted([Tag(b"b"), b"a", Tag(b"c")]))
print({t: 1}[b"abc"], {b"abc": 2}[t])


# __new__ override: the bytes come from somewhere else.
class Utf8(bytes):
    def __new__(cls, text):
        return super().__new__(cls, text.encode("utf-8"))

    def __repr__(self):
        return f"Utf8({self.decode()!r})"


u = Utf8("héllo")
print(u, repr(u), len(u), type(u).__name__, u == "héllo".encode())


class Checked(bytes):
    def __new__(cls, data=b""):
        if len(data) > 4:
            raise ValueError(f"too long: {len(data)}")
        self = bytes.__new__(cls, data)
        return self

    def __init__(self, data=b""):
        self.origin = "init"


c = Checked(b"ok")
print(c, c.origin, type(c).__name__)
try:
    Checked(b"toolong")
except ValueError as e:
    print("ValueError", e)


# Instances get a __dict__ and class attributes.
class Packet(bytes):
    kind = "packet"

    @property
    def first(self):
        return self[0] if self else None


p = Packet(b"\x01\x02")
p.seq = 7
print(p.kind, p.seq, p.first, Packet().first, p.__dict__)


# Dunder overrides on the subclass are used by operators.
class Loose(bytes):
    def __eq__(self, other):
        if isinstance(other, str):
            return self.decode() == other
        return bytes.__eq__(self, other)

    __hash__ = bytes.__hash__

    def __add__(self, other):
        return Loose(bytes(self) + bytes(other))


lo = Loose(b"hi")
print(lo == "hi", lo == b"hi", lo == "no", type(lo + b"!").__name__, lo + b"!")
print(bytes.__new__(Loose, b"x"), type(bytes.__new__(Loose, b"x")).__name__)
try:
    bytes.__new__(int, b"x")
except TypeError as e:
    print("TypeError", e)
try:
    Tag("no encoding")
except TypeError as e:
    print("TypeError", e)
try:
    t.nothing
except AttributeError as e:
    print("AttributeError", e)
