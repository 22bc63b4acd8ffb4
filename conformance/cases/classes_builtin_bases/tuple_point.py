# A tuple subclass with __new__ and properties (the namedtuple pattern).
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


p = Point(1, 2)
print(p, p.x, p.y, len(p), p[0], p[-1], list(p), tuple(p))
print(p.moved(3, 4), type(p).__name__, isinstance(p, tuple))
x, y = p
print(x, y, p == (1, 2), (1, 2) == p, p < (1, 3), hash(p) == hash((1, 2)))
print({p: "a"}[(1, 2)], {(1, 2): "b"}[p], p in {(1, 2)})
print(p + (3,), type(p + (3,)).__name__, p[:], type(p[:]).__name__, type(p * 1).__name__)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(str(p), [p], "%s" % (p,))
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
