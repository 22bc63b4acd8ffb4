# @dataclass(slots=True) remakes the class with __slots__ of its fields:
# no instance __dict__, undeclared attributes refused, defaults kept by
# __init__, slots inherited from dataclass bases left out.
from dataclasses import dataclass, field, fields


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


@dataclass(slots=True)
class Point:
    x: int
    y: int = 0

    def moved(self, dx):
        return Point(self.x + dx, self.y)


p = Point(1, 2)
print(p, Point.__slots__, hasattr(p, '__dict__'))
attempt("undeclared", lambda: setattr(p, 'z', 3))
p.x = 5
print(p, p.moved(1), Point(3) == Point(3, 0))
print('x' in Point.__dict__, type(Point.__dict__['x']).__name__)
print([f.name for f in fields(Point)], Point.__qualname__, Point.moved.__qualname__)
print(Point.__match_args__, Point.__name__)
attempt("too many", lambda: Point(1, 2, 3))

# Frozen with slots: fields refused, and (as in CPython 3.11) other names
# reach the original class's super() check.
@dataclass(frozen=True, slots=True)
class Frozen:
    a: int
    b: str = 'q'


f = Frozen(1)
print(f, hash(f) == hash(Frozen(1)), Frozen.__slots__, f.__getstate__())
attempt("frozen field", lambda: setattr(f, 'a', 3))
attempt("frozen other", lambda: setattr(f, 'c', 3))
g = Frozen(0)
g.__setstate__([7, 'z'])
print(g)


@dataclass(slots=True)
class Base:
    a: int


@dataclass(slots=True)
class Derived(Base):
    b: int


d = Derived(1, 2)
print(d, Base.__slots__, Derived.__slots__, hasattr(d, '__dict__'))
attempt("derived undeclared", lambda: setattr(d, 'c', 1))


@dataclass(slots=True, weakref_slot=True)
class Weak:
    a: int


print(Weak.__slots__, Weak(1))


@dataclass(slots=True, order=True)
class Item:
    name: str
    tags: list = field(default_factory=list)

    def tag(self, t):
        self.tags.append(t)
        return self


print(Item('a').tag(1).tag(2), sorted([Item('b'), Item('a')]))
print(Item('a').tags is not Item('a').tags)

try:
    @dataclass(slots=True)
    class Declared:
        __slots__ = ('x',)
        x: int
except TypeError as e:
    print("TypeError", e)

try:
    @dataclass(weakref_slot=True)
    class NoSlots:
        a: int
except TypeError as e:
    print("TypeError", e)


class Plain:
    pass


@dataclass(slots=True)
class OnPlain(Plain):
    v: int = 1


o = OnPlain()
o.extra = 'kept'  # Plain gives instances a __dict__
print(o, o.__dict__, OnPlain.__slots__)

# The remade class keeps its metaclass (ABCMeta here) and runs
# __init_subclass__ again, as CPython's type(cls)(...) call does.
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...


@dataclass(slots=True)
class Square(Shape):
    side: int

    def area(self):
        return self.side ** 2


print(Square(3), Square(3).area(), Square.__slots__, isinstance(Square(1), Shape),
      type(Square).__name__)


@dataclass(slots=True)
class Unfinished(Shape):
    side: int


try:
    Unfinished(1)
except TypeError as e:
    print("TypeError", e)


class Registered:
    names = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Registered.names.append(cls.__name__)


@dataclass(slots=True)
class Entry(Registered):
    key: str = 'k'


print(Registered.names, Entry())
