class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Circle:
    def __init__(self, center, r):
        self.center = center
        self.r = r


def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"
        case Circle(center=Point(x, y), r=r):
            return f"circle at {x},{y} r={r}"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s!r}"
        case list([a, b]):
            return f"list of two {a} {b}"
        case _:
            return "unknown"


for o in [Point(0, 0), Point(3, 0), Point(0, 4), Point(2, 2), Point(1, 5),
          Circle(Point(1, 1), 3), 7, 2.5, "hi", [1, 2], (1, 2), None]:
    print(where(o))
