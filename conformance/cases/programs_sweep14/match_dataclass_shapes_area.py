# Geometry over dataclasses with match: keyword patterns, nested
# captures, guards, alternatives and the match_args order.
from dataclasses import dataclass, field
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


@dataclass
class Polygon:
    points: list = field(default_factory=list)


def area(shape):
    match shape:
        case Circle(r=r) if r < 0:
            raise ValueError(f"negative radius {r}")
        case Circle(_, r):
            return math.pi * r * r
        case Rect(w=w, h=h) if w == h:
            return w * w
        case Rect(_, w, h):
            return w * h
        case Polygon(points=[_, _, _, *_] as pts):
            s = sum(a.x * b.y - b.x * a.y for a, b in zip(pts, pts[1:] + pts[:1]))
            return abs(s) / 2
        case Polygon():
            return 0.0
    raise TypeError(f"not a shape: {shape!r}")


def where(shape):
    match shape:
        case Circle(Point(0, 0)) | Rect(Point(0, 0)):
            return "at origin"
        case Circle(Point(x, y)) | Rect(Point(x, y)) if x < 0 or y < 0:
            return f"off-grid at ({x}, {y})"
        case _:
            return "elsewhere"


shapes = [Circle(Point(0, 0), 1), Rect(Point(1, 1), 2, 2), Rect(Point(-1, 0), 2, 3),
          Polygon([Point(0, 0), Point(4, 0), Point(4, 3)]), Polygon([Point(0, 0)])]
for s in shapes:
    print(f"{type(s).__name__:8} {area(s):8.3f} {where(s)}")
for bad in (Circle(Point(0, 0), -1), "square"):
    try:
        area(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
