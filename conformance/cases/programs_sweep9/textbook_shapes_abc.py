from abc import ABC, abstractmethod
import math

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def __lt__(self, other):
        return self.area() < other.area()
    def describe(self):
        return f"{type(self).__name__} area={self.area():.3f} perim={self.perimeter():.3f}"

class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return math.pi * self.r ** 2
    def perimeter(self): return 2 * math.pi * self.r

class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
    def perimeter(self): return 2 * (self.w + self.h)

class Square(Rect):
    def __init__(self, s): super().__init__(s, s)

class Bad(Shape):
    def area(self): return 0

shapes = [Circle(1), Rect(2, 3), Square(1.5), Circle(0.5)]
for s in sorted(shapes):
    print(s.describe())
print(max(shapes).describe())
try:
    Shape()
except TypeError as e:
    print(e)
try:
    Bad()
except TypeError as e:
    print(e)
print(sorted(Shape.__abstractmethods__))
print(issubclass(Square, Shape), isinstance(Square(1), Rect))
