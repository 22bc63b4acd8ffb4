# Class hierarchy with an abstract base, __init_subclass__ registry,
# class/static methods, properties with setters/deleters and super() chains.
from abc import ABC, abstractmethod
import math

class Shape(ABC):
    registry = {}
    _count = 0

    def __init_subclass__(cls, *, kind=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if kind:
            Shape.registry[kind] = cls
        cls.kind = kind or cls.__name__.lower()

    def __init__(self, name=None):
        Shape._count += 1
        self.name = name or f"{self.kind}#{Shape._count}"

    @abstractmethod
    def area(self): ...

    @property
    @abstractmethod
    def perimeter(self): ...

    @classmethod
    def create(cls, kind, *args, **kw):
        try:
            return cls.registry[kind](*args, **kw)
        except KeyError:
            raise ValueError(f"no shape kind {kind!r}; known: {sorted(cls.registry)}") from None

    @staticmethod
    def fmt(x):
        return f"{x:,.3f}".rstrip("0").rstrip(".")

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

    def __str__(self):
        return f"{self.name}: area={self.fmt(self.area())} perim={self.fmt(self.perimeter)}"

class Circle(Shape, kind="circle"):
    def __init__(self, r, **kw):
        super().__init__(**kw)
        self.radius = r
    @property
    def radius(self):
        return self._r
    @radius.setter
    def radius(self, value):
        if value <= 0:
            raise ValueError(f"radius must be positive: {value}")
        self._r = value
    @radius.deleter
    def radius(self):
        print(f"deleting radius of {self.name}")
        del self._r
    def area(self): return math.pi * self._r ** 2
    @property
    def perimeter(self): return 2 * math.pi * self._r

class Rect(Shape, kind="rect"):
    def __init__(self, w, h, **kw):
        super().__init__(**kw)
        self.w, self.h = w, h
    def area(self): return self.w * self.h
    @property
    def perimeter(self): return 2 * (self.w + self.h)

class Square(Rect, kind="square"):
    def __init__(self, side, **kw):
        super().__init__(side, side, **kw)
    def __repr__(self):
        return "Sq:" + super().__repr__()

class Blob(Shape):
    def area(self): return 0

shapes = [Shape.create("circle", 1.5), Shape.create("rect", 2, 3.25, name="door"),
          Shape.create("square", 4), Circle(0.1, name="dot")]
for s in shapes:
    print(repr(s), "|", s, "|", s.kind, isinstance(s, Rect))
print(sorted(Shape.registry), Blob.kind, Square.kind)
try:
    Blob()
except TypeError as exc:
    print("TypeError:", exc)
try:
    Shape()
except TypeError as exc:
    print("TypeError:", exc)
try:
    Shape.create("hexagon")
except ValueError as exc:
    print("ValueError:", exc)
c = shapes[0]
try:
    c.radius = -1
except ValueError as exc:
    print("ValueError:", exc)
del c.radius
try:
    c.area()
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    Square(2).perimeter = 3
except AttributeError as exc:
    print("AttributeError:", exc)
by_area = sorted(shapes[1:], key=lambda s: (-s.area(), s.name))
print([s.name for s in by_area], Shape._count, Shape.fmt(1234.5), Shape.fmt(2.0))
print(issubclass(Square, Shape), Shape.__abstractmethods__ == frozenset({"area", "perimeter"}))
print(Square.__init__ is Rect.__init__, type(Circle.__dict__["radius"]).__name__, Circle.radius.fset.__name__)
