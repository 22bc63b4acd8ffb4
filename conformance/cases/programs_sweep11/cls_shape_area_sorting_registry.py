import math


class Shape:
    _registry = []

    def __init_subclass__(cls, /, sides=None, **kw):
        super().__init_subclass__(**kw)
        cls.sides = sides
        Shape._registry.append(cls.__name__)

    def __lt__(self, other):
        return self.area() < other.area()

    def __repr__(self):
        return f"{type(self).__name__}(area={self.area():.2f})"


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Triangle(Shape, sides=3):
    def __init__(self, b, h):
        self.b, self.h = b, h

    def area(self):
        return self.b * self.h / 2


class Square(Shape, sides=4):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


shapes = [Circle(1), Triangle(3, 4), Square(2), Circle(0.5), Square(1.5)]
print(sorted(shapes))
print(max(shapes), min(shapes), Shape._registry, [s.sides for s in shapes])
print(sum(s.area() for s in shapes if s.sides), sorted(shapes, key=lambda s: (s.sides or 0, s.area()))[0])
