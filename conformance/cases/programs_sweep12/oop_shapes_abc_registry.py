from abc import ABC, abstractmethod
import math


class Shape(ABC):
    registry = {}

    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if key:
            Shape.registry[key] = cls

    @abstractmethod
    def area(self): ...

    @abstractmethod
    def perimeter(self): ...

    @classmethod
    def create(cls, spec):
        kind, *args = spec.split()
        return cls.registry[kind](*map(float, args))

    def describe(self):
        return f"{type(self).__name__:<10} area={self.area():8.3f} perim={self.perimeter():8.3f}"


class Circle(Shape, key="circle"):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape, key="rect"):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect, key="square"):
    def __init__(self, s):
        super().__init__(s, s)


class Triangle(Shape, key="tri"):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"not a triangle: {a}, {b}, {c}")
        self.sides = (a, b, c)

    def perimeter(self):
        return sum(self.sides)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))


class Blob(Shape):
    def area(self):
        return 0


print(sorted(Shape.registry))
specs = ["circle 1", "rect 3 4.5", "square 2", "tri 3 4 5", "tri 1 1 3", "hexagon 2"]
shapes = []
for spec in specs:
    try:
        shapes.append(Shape.create(spec))
    except (KeyError, ValueError) as e:
        print(f"skip {spec!r}: {type(e).__name__}: {e}")
for s in sorted(shapes, key=lambda s: s.area()):
    print(s.describe())
print(isinstance(shapes[2], Rect), issubclass(Square, Shape), type(shapes[2]).__name__)
try:
    Blob()
except TypeError as e:
    print("TypeError:", e)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
print(Shape.__abstractmethods__ == frozenset({"area", "perimeter"}), sorted(Blob.__abstractmethods__))
