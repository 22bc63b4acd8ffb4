from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Circle:
    center: Point
    r: float


def describe(obj):
    match obj:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=Point() as c, r=r):
            return f"circle r={r} at {c}"
        case {"type": "rect", "w": int(w), "h": int(h), **rest}:
            return f"rect {w}x{h} extra={rest}"
        case {"type": str(t)}:
            return f"other mapping {t}"
        case [Point(), *others]:
            return f"points list +{len(others)}"
        case str() | bytes():
            return "text-ish"
        case int(n) | float(n) if n < 0:
            return "negative"
        case None | True | False:
            return f"singleton {obj}"
        case _:
            return "?"


for o in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), Circle(Point(1, 2), 11),
          Circle(Point(0, 1), 2), {"type": "rect", "w": 2, "h": 3, "c": "red"},
          {"type": "poly"}, [Point(1, 1), 2, 3], "s", b"b", -3, -2.5, 4, None, True]:
    print(describe(o))
