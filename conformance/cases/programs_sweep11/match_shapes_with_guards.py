from dataclasses import dataclass
import math


@dataclass
class Circle:
    r: float


@dataclass
class Rect:
    w: float
    h: float


@dataclass
class Tri:
    a: float
    b: float
    c: float


def area(s):
    match s:
        case Circle(r=r) if r < 0:
            raise ValueError("negative radius")
        case Circle(r):
            return math.pi * r * r
        case Rect(w, h) if w == h:
            return ("square", w * h)
        case Rect(w, h):
            return w * h
        case Tri(a, b, c) if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"impossible triangle {a}, {b}, {c}")
        case Tri(a, b, c):
            p = (a + b + c) / 2
            return math.sqrt(p * (p - a) * (p - b) * (p - c))
        case list() | tuple() as many:
            return sum(x if isinstance(x, (int, float)) else x[1] for x in map(area, many))
        case _:
            raise TypeError(f"not a shape: {s!r}")


for s in [Circle(1), Rect(2, 2), Rect(2, 3), Tri(3, 4, 5), Tri(1, 1, 3), Circle(-1), [Rect(1, 1), Tri(3, 4, 5)], "x"]:
    try:
        print(s, "->", area(s))
    except (ValueError, TypeError) as e:
        print(s, "->", type(e).__name__, e)
