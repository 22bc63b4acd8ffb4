import math
from dataclasses import dataclass


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
    points: list


def area(shape):
    match shape:
        case Circle(r=r) if r < 0:
            raise ValueError("negative radius")
        case Circle(_, r):
            return math.pi * r * r
        case Rect(_, w, h):
            return w * h
        case Polygon(points=[_, _, *_] as pts) if len(pts) >= 3:
            s = sum(a.x * b.y - b.x * a.y for a, b in zip(pts, pts[1:] + pts[:1]))
            return abs(s) / 2
        case Polygon():
            return 0.0
        case (w, h):
            return w * h
        case _:
            raise TypeError(f"unknown shape {shape!r}")


def describe(shape):
    match shape:
        case Circle(Point(0, 0), r):
            return f"circle of radius {r} at origin"
        case Circle(Point(x, y), r):
            return f"circle r={r} at ({x}, {y})"
        case Rect(Point(x=0, y=0), w, h) if w == h:
            return f"square {w} at origin"
        case Rect(w=w, h=h):
            return f"{w}x{h} rectangle"
        case Polygon(points=pts):
            return f"{len(pts)}-gon"
        case _:
            return "something else"


shapes = [Circle(Point(0, 0), 1), Circle(Point(2, 3), 0.5), Rect(Point(0, 0), 2, 2), Rect(Point(1, 1), 3, 4),
          Polygon([Point(0, 0), Point(4, 0), Point(4, 3)]), Polygon([Point(0, 0)]), (3, 5)]
for s in shapes:
    print(f"{describe(s):<28} area={area(s):.3f}")
for bad in [Circle(Point(0, 0), -1), "square"]:
    try:
        area(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
