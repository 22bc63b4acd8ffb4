from typing import Protocol, runtime_checkable, NamedTuple, TypedDict
from abc import ABC, abstractmethod
import math
@runtime_checkable
class HasArea(Protocol):
    def area(self) -> float: ...
class Point(NamedTuple):
    x: float
    y: float = 0.0
    def dist(self, o: "Point") -> float:
        return math.hypot(self.x - o.x, self.y - o.y)
class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...
    def __str__(self): return f"{type(self).__name__} area={self.area():.3f}"
class Circle(Shape):
    def __init__(self, c: Point, r: float): self.c, self.r = c, r
    def area(self): return math.pi * self.r ** 2
class Poly(Shape):
    def __init__(self, *pts: Point): self.pts = pts
    def area(self):
        s = 0
        for a, b in zip(self.pts, self.pts[1:] + self.pts[:1]):
            s += a.x * b.y - b.x * a.y
        return abs(s) / 2
class Blob:
    def area(self): return 1.0
class Opts(TypedDict, total=False):
    name: str
    scale: float
shapes = [Circle(Point(0, 0), 1.5), Poly(Point(0, 0), Point(4, 0), Point(4, 3)), Blob()]
for s in shapes:
    print(isinstance(s, HasArea), isinstance(s, Shape), s if isinstance(s, Shape) else "blob")
print(Point(1), Point(3, 4).dist(Point(0)), Point._fields, Point._field_defaults)
p = Point(1, 2)._replace(y=5); print(p, p._asdict(), tuple(p))
o: Opts = {"name": "x"}
print(o, Opts.__required_keys__, sorted(Opts.__optional_keys__))
try:
    Shape()
except TypeError as e:
    print("TypeError", e)
print(isinstance(3, HasArea))
try:
    Point()
except TypeError as e:
    print("TypeError", e)
print([type(s).__name__ for s in sorted(shapes[:2], key=lambda s: s.area())])
