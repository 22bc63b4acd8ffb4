import math


class Vec:
    def __init__(self, *coords):
        self.coords = tuple(coords)

    def __repr__(self):
        return f"Vec{self.coords}"

    def __len__(self):
        return len(self.coords)

    def __iter__(self):
        return iter(self.coords)

    def __getitem__(self, i):
        return self.coords[i]

    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(*(a + b for a, b in zip(self, other, strict=True)))

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return Vec(*(-a for a in self))

    def __mul__(self, k):
        if isinstance(k, Vec):
            return sum(a * b for a, b in zip(self, k))
        return Vec(*(a * k for a in self))

    __rmul__ = __mul__

    def __matmul__(self, other):
        a1, a2, a3 = self
        b1, b2, b3 = other
        return Vec(a2 * b3 - a3 * b2, a3 * b1 - a1 * b3, a1 * b2 - a2 * b1)

    def __abs__(self):
        return math.sqrt(self * self)

    def __eq__(self, other):
        return isinstance(other, Vec) and self.coords == other.coords

    def __hash__(self):
        return hash(self.coords)

    def __bool__(self):
        return any(self.coords)


a, b = Vec(1, 2, 3), Vec(4, 5, 6)
print(a + b, a - b, 2 * a, a * 2, a * b, a @ b, abs(Vec(3, 4)))
print(-a, bool(Vec(0, 0)), bool(a), a == Vec(1, 2, 3), len({a, Vec(1, 2, 3), b}))
print(a[1:], list(reversed(a)), sum(a), max(b))
try:
    a + Vec(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
