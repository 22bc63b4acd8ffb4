import math
from abc import ABC, abstractmethod
class Shape(ABC):
    count = 0
    def __init__(self): Shape.count += 1
    @abstractmethod
    def area(self): pass
    def perimeter(self): raise NotImplementedError
    def __str__(self): return f"{type(self).__name__}(area={self.area():.3f})"
    def __lt__(self, o): return self.area() < o.area()
class Circle(Shape):
    def __init__(self, r): super().__init__(); self.r = r
    def area(self): return math.pi * self.r ** 2
    def perimeter(self): return 2 * math.pi * self.r
class Rect(Shape):
    def __init__(self, w, h): super().__init__(); self.w, self.h = w, h
    def area(self): return self.w * self.h
    def perimeter(self): return 2 * (self.w + self.h)
class Square(Rect):
    def __init__(self, s): super().__init__(s, s)
class Tri(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a: raise ValueError("not a triangle")
        super().__init__(); self.s = (a, b, c)
    def area(self):
        a, b, c = self.s; p = sum(self.s) / 2
        return math.sqrt(p * (p - a) * (p - b) * (p - c))
shapes = [Circle(1), Rect(2, 3), Square(2), Tri(3, 4, 5)]
for s in sorted(shapes):
    try:
        per = f"{s.perimeter():.2f}"
    except NotImplementedError:
        per = "n/a"
    print(s, per)
print(Shape.count, max(shapes), min(shapes, key=lambda s: s.perimeter() if not isinstance(s, Tri) else 99))
try:
    Tri(1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
print([type(s).__name__ for s in shapes if isinstance(s, Rect)], issubclass(Square, Shape))
