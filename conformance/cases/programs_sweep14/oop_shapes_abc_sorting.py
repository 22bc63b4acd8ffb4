# Abstract shapes: abstractmethod, abstract property, registration and
# the error for instantiating an incomplete class.
import abc
import math


class Shape(abc.ABC):
    @property
    @abc.abstractmethod
    def name(self):
        ...

    @abc.abstractmethod
    def area(self):
        ...

    def __lt__(self, other):
        return self.area() < other.area()

    def __repr__(self):
        return f"{self.name}({self.area():.2f})"


class Circle(Shape):
    name = "circle"

    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    @property
    def name(self):
        return "square" if self.w == self.h else "rect"

    def area(self):
        return self.w * self.h


class Half(Shape):
    def area(self):
        return 0


shapes = [Circle(1), Rect(2, 3), Rect(2, 2), Circle(0.5)]
print(sorted(shapes), max(shapes), min(shapes).name)
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Circle.__abstractmethods__)


class Blob:
    def area(self):
        return 9


Shape.register(Blob)
print(isinstance(Blob(), Shape), issubclass(Blob, Shape))
