r = range(0, 20, 3)
calls = [
    lambda: r[2:5], lambda: r[::-1], lambda: r[::2][1:], lambda: r[-100:100], lambda: r.index(9), lambda: r.index(10),
    lambda: r.count(9), lambda: r.count(9.0), lambda: r.index(9.0), lambda: 9.0 in r, lambda: r[7], lambda: r[-8],
    lambda: range(0), lambda: range(1, 2, 0), lambda: range(1.0), lambda: range(1, "2"), lambda: range(), lambda: range(1, 2, 3, 4),
    lambda: len(range(0, 2**64)), lambda: range(0, 2**64)[2**63], lambda: range(5) == range(0, 5, 1), lambda: range(0) == range(5, 1),
    lambda: hash(range(3)) == hash(range(0, 3)), lambda: range(3) < range(4), lambda: reversed(range(3)).__length_hint__(),
    lambda: range(10)[::0], lambda: range(3).start, lambda: range(1, 9, 2).stop, lambda: list(range(5, 0, -2)),
    lambda: range(2**100)[-1], lambda: bool(range(0)), lambda: range(1, 10, 2).index(4),
    lambda: str.maketrans("ab", "xyz"), lambda: str.maketrans({"a": 1, 98: "y"}), lambda: str.maketrans({"ab": 1}),
    lambda: str.maketrans("a"), lambda: str.maketrans("a", "b", "c"), lambda: str.maketrans(1, 2), lambda: str.maketrans({1.5: 2}),
    lambda: "abc".translate(str.maketrans("abc", "xyz", "b")), lambda: sorted([3, "a", 1]), lambda: sorted([(1, "a"), (1, 2)]),
    lambda: sorted([None, 1]), lambda: sorted([[], ()]), lambda: sorted({1: 2, 0: 3}), lambda: sorted("bca", key=None, reverse=True),
    lambda: sorted([1], lambda x: x), lambda: sorted(), lambda: sorted([1], key=len), lambda: min([]), lambda: max([], default=None),
    lambda: min(1), lambda: max(1, 2, key=lambda v: -v), lambda: min([1, 2], [3]), lambda: max(a=1), lambda: min((), default=0, key=None),
    lambda: max([1], [2], default=0), lambda: getattr(1, "real", 2, 3), lambda: getattr(1, 5), lambda: setattr(1, "x", 2),
    lambda: setattr(object(), "a", 1), lambda: delattr(1, "real"), lambda: hasattr(1, 2), lambda: getattr([], "__class__").__name__,
    lambda: delattr(type, "x"), lambda: setattr(int, "x", 1), lambda: setattr(str, "__len__", None), lambda: callable(),
    lambda: type(1, 2), lambda: type(), lambda: type("x").__name__, lambda: isinstance(1), lambda: abs(), lambda: abs("x"),
    lambda: sum([1, 2], start=10), lambda: sum(["a"], ""), lambda: sum([b"a"], b""), lambda: sum([[1]], []), lambda: sum(1),
    lambda: any(1), lambda: all([]), lambda: enumerate([1], start=1.5), lambda: list(enumerate("ab", -1)), lambda: list(zip("ab", strict=True)),
    lambda: list(zip("ab", "c", strict=True)), lambda: list(zip("a", "bc", strict=True)), lambda: list(map(None, [1])),
    lambda: list(filter(None, [0, 1, "", "a"])), lambda: list(map(lambda a, b: a + b, [1, 2], [3])), lambda: chr(-1), lambda: chr("a"),
    lambda: ord(""), lambda: ord("ab"), lambda: ord(b"a"), lambda: ord(5), lambda: bin(1.0), lambda: oct(-8), lambda: hex(-0),
    lambda: ascii("é\n"), lambda: repr("\x00\t'\""), lambda: repr("'"), lambda: repr("'\""), lambda: id(1) == id(1),
]
for c in calls:
    try:
        print(repr(c()))
    except (TypeError, ValueError, IndexError, OverflowError, AttributeError) as e:
        print(type(e).__name__, e)
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
people.sort(key=lambda p: p[0], reverse=True); people.sort(key=lambda p: p[1]); print(people)
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"K{self.v}"
print(sorted([K(3), K(1), K(2)]), max([K(3), K(1)]), min(K(5), K(4)))
try:
    sorted([K(1), 2])
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class Q:
    def method(self):
        def inner():
            class Local:
                def deep(self): pass
            return Local
        return inner()
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
    lam = lambda self: None
L = Q().method()
print(Q.method.__qualname__, L.__qualname__, L.deep.__qualname__, Q.s.__qualname__, Q.c.__qualname__, Q.lam.__qualname__)
print(Q.__name__, Q.__qualname__, Q.__module__, type(Q()).__name__, type(Q), type(type(Q)), Q.c.__name__)
print([f.__qualname__ for f in [len, print, str.upper, dict.fromkeys, int.__add__]])
