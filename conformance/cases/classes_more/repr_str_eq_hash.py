class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


p, q, r = Point(1, 2), Point(1, 2), Point(2, 1)
print(p, repr(p), [p, r], (p,), {"k": p})
print(f"{p} {p!r} {p!s}")
print(p == q, p != q, p == r, p == (1, 2), p != "x")
print(len({p, q, r}), p in {q}, {p: "a", q: "b"})
print(str([str(p)]), "%s and %r" % (p, p))


class NoHash:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, NoHash) and self.v == other.v


print(NoHash.__hash__ is None)
try:
    {NoHash(1)}
except TypeError as e:
    print("TypeError", e)
print(NoHash(1) == NoHash(1), NoHash(1) != NoHash(2))


class Tag:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Tag<" + self.name + ">"


print(Tag("a"), str(Tag("b")), [Tag("c")])


class Weird:
    def __eq__(self, other):
        return "yes"


print(Weird() == 1, Weird() != 1)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        if isinstance(other, Money):
            return self.cents == other.cents
        if isinstance(other, int):
            return self.cents == other * 100
        return NotImplemented

    def __hash__(self):
        return hash(self.cents)

    def __repr__(self):
        return f"Money({self.cents // 100}.{self.cents % 100:02d})"


print(Money(500) == 5, 5 == Money(500), Money(250) == Money(250), Money(1) == "1")
print(sorted({Money(100), Money(100), Money(5)}, key=lambda m: m.cents))
