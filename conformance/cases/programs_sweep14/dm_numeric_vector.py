# A 2-D vector implementing the numeric protocol, reflected and in-place
# operators, abs, bool, hash, format and comparisons.
import math


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"

    def __format__(self, spec):
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y) if isinstance(o, Vec) else NotImplemented

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k) if isinstance(k, (int, float)) else NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y


a, b = Vec(3, 4), Vec(1, -2)
print(a + b, a - b, a * 2, 3 * b, a / 2, -a, +a, abs(a), bool(Vec()), bool(b))
print(f"{a:.2f}", format(b, "+d"), "{:>4}".format(a))
print(a == Vec(3, 4), a != b, len({a, Vec(3, 4), b}), list(a), dict(zip("xy", b)))
c = a
c += b
print(c, a, c is a)
c *= 2
print(c)
for bad in (lambda: a + 1, lambda: a * "s", lambda: 2 - a, lambda: a < b, lambda: a @ b):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    a / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a.z = 1
except AttributeError as e:
    print("AttributeError:", e)
