# A dunder assigned to (or deleted from) a class after it was made reaches
# the subclasses made before, as CPython's update_slot does.


class Base:
    def __init__(self, v):
        self.v = v


class Child(Base):
    pass


class GrandChild(Child):
    pass


class Other:
    pass


class Mixed(Other, Child):
    pass


a, b = GrandChild(1), GrandChild(1)
print("before:", a == b, Child(2) == Child(2))

Base.__eq__ = lambda self, other: self.v == other.v
print("eq added:", a == b, Child(2) == Child(2), Child(2) == Child(3), Mixed(4) == Mixed(4))
print("ne follows:", a != b, Child(1) != Child(2))

Base.__len__ = lambda self: self.v * 10
print("len:", len(a), len(Child(3)), len(Mixed(5)), bool(Child(0)), bool(Child(1)))

Base.__repr__ = lambda self: f"<{type(self).__name__} {self.v}>"
print("repr:", repr(a), [Child(7)], str(Mixed(8)))

Base.__add__ = lambda self, other: type(self)(self.v + other.v)
print("add:", a + b, Child(1) + Child(2))
Base.__radd__ = lambda self, other: type(self)(other + self.v)
print("radd:", 10 + Child(5))

Base.__getitem__ = lambda self, i: self.v * i
Base.__contains__ = lambda self, x: x == self.v
print("getitem:", a[5], 1 in a, 2 in a)

Base.__iter__ = lambda self: iter(range(self.v))
print("iter:", list(Child(3)), list(Mixed(2)))

Base.__call__ = lambda self, x: x * self.v
print("call:", Child(3)(4))

Base.__neg__ = lambda self: -self.v
print("neg:", -Child(9))

Base.__getattr__ = lambda self, name: f"missing {name}"
print("getattr:", a.anything, Child(1).zzz)

Base.__hash__ = lambda self: 42
print("hash:", hash(a), hash(Mixed(1)))

# A subclass that defines the dunder itself keeps its own.
class Own(Base):
    def __repr__(self):
        return "Own!"


Base.__repr__ = lambda self: "changed"
print("own kept:", repr(Own(1)), repr(Child(1)))

# Deleting goes back to what the rest of the MRO gives.
del Base.__repr__
print("repr deleted:", repr(Own(1)), repr(Child(1)).startswith("<__main__.Child object"))
del Base.__len__
try:
    len(Child(1))
except TypeError as e:
    print("TypeError", e)
print("bool after len deleted:", bool(Child(0)))
del Base.__eq__
print("eq deleted:", Child(2) == Child(2))
del Base.__getattr__
try:
    Child(1).nothing
except AttributeError as e:
    print("AttributeError", e)

# Setting on a middle class changes it and what derives from it only.
Child.__invert__ = lambda self: "inverted"
print("middle:", ~GrandChild(1), ~Child(1))
try:
    ~Base(1)
except TypeError as e:
    print("TypeError", e)

# Subclasses made after the change see it as well.
class Late(Child):
    pass


print("late:", ~Late(1), (Late(2) + Late(3)).v)

# Overriding in the subclass after the base changed wins.
Late.__invert__ = lambda self: "late inverted"
Child.__invert__ = lambda self: "child again"
print("override:", ~Late(1), ~GrandChild(1))

# Comparison operators one by one.
Base.__lt__ = lambda self, other: self.v < other.v
print("sorted:", [x.v for x in sorted([Child(3), GrandChild(1), Mixed(2)])])

# Classes made and dropped in a loop: the ones still alive are updated.
def make(i):
    class K(Base):
        pass
    return K


kinds = [make(i) for i in range(3000)]
keep = kinds[::100]
del kinds
junk = [[i, str(i)] for i in range(100000)]
del junk
Base.__pos__ = lambda self: "pos"
print("many:", len(keep), all(+k(1) == "pos" for k in keep))
