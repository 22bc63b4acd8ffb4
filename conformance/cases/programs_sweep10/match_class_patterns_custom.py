from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, c, r): self.center, self.radius = c, r
def describe(shape):
    match shape:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y) | Point(y, 0):
            return f"on axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Circle(Point(x=cx), r) if r > 10:
            return f"big circle cx={cx}"
        case Circle(center=c, radius=r):
            return f"circle r={r} at {c}"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s!r}"
        case _:
            return "unknown"
for s in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
          Circle(Point(1, 1), 20), Circle(Point(1, 1), 2), 7, 2.5, "hi", None]:
    print(describe(s))
class Two:
    __match_args__ = ("a",)
    a = 1
try:
    match Two():
        case Two(x, y): pass
except TypeError as e:
    print("TypeError", e)
class Bad:
    __match_args__ = ["a"]
try:
    match Bad():
        case Bad(x): pass
except TypeError as e:
    print("TypeError", e)
