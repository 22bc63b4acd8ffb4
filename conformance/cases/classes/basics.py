class Point:
    """A point."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx=0, dy=0):
        return Point(self.x + dx, self.y + dy)


p = Point(3, 4)
print(p.x, p.y, p.norm2(), Point.dims, p.dims)
q = p.moved(dy=1)
print(q.x, q.y)
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__)
print(type(p) is Point, type(p).__name__, isinstance(p, Point), isinstance(p, object))
p.dims = 3
print(p.dims, Point.dims)
Point.dims = 5
print(q.dims)
print(Point.norm2(p))
del p.dims
print(p.dims)
try:
    del p.dims
except AttributeError as e:
    print("AttributeError", e)
try:
    p.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    Point.missing
except AttributeError as e:
    print("AttributeError", e)
print(callable(Point), callable(p))
print(p.__dict__)
print(sorted(vars_ for vars_ in p.__dict__))
