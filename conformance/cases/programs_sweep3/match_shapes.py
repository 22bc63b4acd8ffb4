# match statements over tuples, dicts, classes and guards.
from dataclasses import dataclass
import math

@dataclass
class Point:
    x: float
    y: float

@dataclass
class Circle:
    center: Point
    r: float

@dataclass
class Rect:
    corner: Point
    w: float
    h: float

class Polygon:
    __match_args__ = ("points",)
    def __init__(self, *points):
        self.points = list(points)

def area(shape):
    match shape:
        case Circle(r=r) if r < 0:
            raise ValueError(f"negative radius {r}")
        case Circle(_, r):
            return math.pi * r * r
        case Rect(w=w, h=h):
            return w * h
        case Polygon([_, _]) | Polygon([_]):
            return 0.0
        case Polygon(points):
            s = 0.0
            for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]):
                s += x1 * y2 - x2 * y1
            return abs(s) / 2
        case _:
            raise TypeError(f"not a shape: {shape!r}")

shapes = [Circle(Point(0, 0), 1), Rect(Point(1, 1), 2, 3.5), Polygon((0, 0), (4, 0), (4, 3)),
          Polygon((1, 1)), Circle(Point(0, 0), -2), "square"]
for s in shapes:
    try:
        print(f"{type(s).__name__:8} {area(s):.4f}")
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

def command(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"moving {d}"
        case ["go", *_]:
            return "go where?"
        case ["take", item, *rest] if rest:
            return f"taking {item} and {len(rest)} more"
        case ["take", item]:
            return f"taking {item}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "say something"
        case [verb, *_]:
            return f"unknown verb {verb!r}"

for c in ["go north", "go up", "take lamp", "take a b c", "exit", "", "dance now"]:
    print(repr(c), "->", command(c))

def describe(value):
    match value:
        case {"type": "user", "name": str(name), **rest}:
            return f"user {name} with {sorted(rest)}"
        case {"type": "error", "code": int(code)} if code >= 500:
            return f"server error {code}"
        case {"type": t}:
            return f"other {t}"
        case (int() | float()) as n if n > 100:
            return "big number"
        case int(n):
            return f"int {n}"
        case [x, y] | (x, y):
            return f"pair {x},{y}"
        case None:
            return "nothing"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0):
            return "on the y axis"
        case _:
            return "?"

for v in [{"type": "user", "name": "ann", "age": 3, "id": 1}, {"type": "error", "code": 503},
          {"type": "error", "code": 404}, 1000, 7, [1, 2], (3, 4), None, Point(0, 0),
          Point(0, 5), Point(1, 1), True, 2.5]:
    print(describe(v))
