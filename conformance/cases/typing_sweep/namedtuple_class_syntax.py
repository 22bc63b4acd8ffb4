# typing.NamedTuple with class syntax: defaults, methods, helpers.
from typing import NamedTuple
class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = "p"
    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)
    def __str__(self):
        return f"<{self.x},{self.y}>"
p = Point(3, -4)
print(p, repr(p), p.norm1())
print(p._fields, p._field_defaults, Point.__annotations__)
print(p._replace(y=1), p._asdict())
print(Point._make([1, 2, "m"]))
x, y, label = p
print(x, y, label, p[0], len(p), p == (3, -4, "p"))
try:
    Point()
except TypeError as e:
    print("TypeError", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
