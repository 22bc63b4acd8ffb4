import math
from numbers import Number


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x, self.y, self.z = x, y, z

    def __iter__(self):
        yield from (self.x, self.y, self.z)

    def __repr__(self):
        return "Vec({}, {}, {})".format(*self)

    def __add__(self, o):
        return Vec(*(a + b for a, b in zip(self, o))) if isinstance(o, Vec) else NotImplemented

    def __sub__(self, o):
        return self + (-o)

    def __neg__(self):
        return Vec(*(-a for a in self))

    def __mul__(self, k):
        if isinstance(k, Number):
            return Vec(*(a * k for a in self))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return self * (1 / k)

    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self, o))

    def __xor__(self, o):
        return Vec(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z,
                   self.x * o.y - self.y * o.x)

    def __abs__(self):
        return math.sqrt(self @ self)

    def __eq__(self, o):
        return isinstance(o, Vec) and tuple(self) == tuple(o)

    def __hash__(self):
        return hash(tuple(self))

    def __bool__(self):
        return any(self)

    def __getitem__(self, i):
        return (self.x, self.y, self.z)[i]

    def __round__(self, n=None):
        return Vec(*(round(a, n) for a in self))


a, b = Vec(1, 2, 3), Vec(4, 5, 6)
print(a + b, a - b, 2 * a, a * 0.5, b / 2, -a)
print(a @ b, a ^ b, abs(Vec(3, 4)), round(abs(a), 4))
print(a == Vec(1, 2, 3), a != b, bool(Vec()), bool(a), len({a, Vec(1, 2, 3), b}))
print(a[0], a[-1], a[1:], list(a), dict(zip("xyz", b)))
print(round(Vec(1.234, 5.678, 9.0), 1), round(Vec(1.5, 2.5, 3.5)))
u = a / abs(a)
print(round(u, 3), round(abs(u), 12))
try:
    a * "x"
except TypeError as e:
    print("TypeError:", e)
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
print(sum([a, b], Vec()), max([a, b], key=abs))
