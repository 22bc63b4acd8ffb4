# Classes and the data model: class creation fills every slot from the
# class's names, so a limit met there must end the run cleanly.
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    __radd__ = __add__

    def __iadd__(self, other):
        return self + other

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    __hash__ = None

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"

    def __format__(self, spec):
        return f"<{self.x:{spec}}, {self.y:{spec}}>"

    def __bool__(self):
        return bool(self.x or self.y)


class Named:
    registry = []

    def __init_subclass__(cls, tag="", **kwargs):
        super().__init_subclass__(**kwargs)
        Named.registry.append((cls.__name__, tag))

    @property
    def label(self):
        return type(self).__qualname__.lower()

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def twice(n):
        return 2 * n


class Leaf(Named, tag="leaf"):
    def __call__(self, *args, **kwargs):
        return len(args), sorted(kwargs)

    def __contains__(self, item):
        return item == "x"

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return True


class Error(ValueError):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


v = Vec(1, 2) + Vec(3, 4)
v += Vec(1, 1)
print(v, f"{v:3}", len(v), list(v), v == Vec(5, 7), sorted([v, Vec(0, 9)]), bool(Vec(0, 0)))
leaf = Leaf.make()
print(leaf.label, Leaf.twice(4), leaf(1, 2, a=3), "x" in leaf, Named.registry)
with leaf:
    raise KeyError("swallowed")
try:
    raise Error(7)
except ValueError as e:
    print(repr(e), e.code, e.args, isinstance(e, (KeyError, Error)))
print(getattr(v, "x"), hasattr(v, "z"), callable(leaf), issubclass(Leaf, (int, Named)))
