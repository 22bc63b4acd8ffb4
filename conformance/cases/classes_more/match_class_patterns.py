class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center, self.radius = center, radius


class Rect:
    __match_args__ = ("corner", "w", "h")

    def __init__(self, corner, w, h):
        self.corner, self.w, self.h = corner, w, h


class Line:
    def __init__(self, a, b):
        self.a, self.b = a, b


def describe(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x, 0) | Point(0, x):
            return f"on an axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal point {x}"
        case Point(x=px, y=py):
            return f"point ({px}, {py})"
        case Circle(Point(0, 0), r):
            return f"circle at origin r={r}"
        case Circle(center=Point(x, y), radius=r) if r > 10:
            return f"big circle at ({x}, {y})"
        case Circle(_, r):
            return f"circle r={r}"
        case Rect(_, w, h) if w == h:
            return f"square {w}"
        case Rect(Point(x, y), w, h):
            return f"rect {w}x{h} at ({x}, {y})"
        case Line(a=Point() as start, b=end):
            return f"line from {start.x},{start.y} to {type(end).__name__}"
        case [Point() as p, *rest]:
            return f"list starting at ({p.x}, {p.y}) + {len(rest)} more"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s!r}"
        case {"type": "point", "x": x, "y": y}:
            return describe(Point(x, y))
        case _:
            return "unknown"


things = [
    Point(0, 0), Point(5, 0), Point(0, -2), Point(3, 3), Point(1, 2),
    Circle(Point(0, 0), 4), Circle(Point(1, 1), 20), Circle(Point(1, 1), 2),
    Rect(Point(0, 0), 3, 3), Rect(Point(1, 2), 4, 5), Line(Point(1, 2), Circle(Point(0, 0), 1)),
    [Point(9, 8), Point(1, 1), 3], 7, 2.5, "hi", {"type": "point", "x": 4, "y": 4}, None, True,
]
for t in things:
    print(describe(t))


class Cmd:
    __match_args__ = ("verb", "args")

    def __init__(self, verb, *args):
        self.verb, self.args = verb, list(args)


def run(cmd, pos):
    x, y = pos
    match cmd:
        case Cmd("move", [dx, dy]):
            return (x + dx, y + dy)
        case Cmd("move", [d]) | Cmd("step", [d]):
            return (x + d, y)
        case Cmd("reset", []):
            return (0, 0)
        case Cmd(verb, args):
            print(f"bad command {verb} {args}")
            return pos


pos = (0, 0)
for c in [Cmd("move", 2, 3), Cmd("step", 5), Cmd("jump", 1), Cmd("move", 1), Cmd("reset"), Cmd("move", -1, -1)]:
    pos = run(c, pos)
    print(pos)
try:
    match Point(1, 2):
        case Line(p, q):
            print("no")
except TypeError as e:
    print("TypeError", e)
