class Point:
    __slots__ = ("_x", "_y")

    def __init__(self, x, y):
        object.__setattr__(self, "_x", x)
        object.__setattr__(self, "_y", y)

    @property
    def x(self):
        return self._x

    @property
    def y(self):
        return self._y

    def __setattr__(self, name, value):
        raise AttributeError(f"Point is immutable (tried to set {name!r})")

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __iter__(self):
        yield self.x
        yield self.y


visited = {Point(0, 0), Point(1, 0), Point(0, 0)}
print(len(visited), Point(1, 0) in visited)
p = Point(2, 3) + Point(1, 1)
print(p, tuple(p), dict.fromkeys([p, Point(3, 4)]), {Point(1, 2): "a"}[Point(1, 2)])
for attr, value in [("x", 5), ("_x", 5), ("z", 1)]:
    try:
        setattr(p, attr, value)
    except AttributeError as e:
        print("AttributeError:", e)
x, y = p
print(x * y, sorted([Point(2, 1), Point(1, 5)], key=tuple), hasattr(p, "__dict__"))
