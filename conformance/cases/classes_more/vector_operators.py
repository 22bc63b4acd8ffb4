import math


class Vector:
    def __init__(self, *components):
        self.c = tuple(components)

    def __repr__(self):
        return f"Vector{self.c}"

    def __len__(self):
        return len(self.c)

    def __iter__(self):
        return iter(self.c)

    def __getitem__(self, i):
        return self.c[i]

    def _check(self, other):
        if not isinstance(other, Vector):
            return False
        if len(other) != len(self):
            raise ValueError(f"dimension mismatch: {len(self)} vs {len(other)}")
        return True

    def __add__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vector(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vector(*(a - b for a, b in zip(self, other)))

    def __mul__(self, k):
        if isinstance(k, Vector):
            self._check(k)
            return sum(a * b for a, b in zip(self, k))
        if isinstance(k, (int, float)):
            return Vector(*(a * k for a in self))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vector(*(a / k for a in self))

    def __neg__(self):
        return Vector(*(-a for a in self))

    def __pos__(self):
        return self

    def __abs__(self):
        return math.sqrt(sum(a * a for a in self))

    def __eq__(self, other):
        return isinstance(other, Vector) and self.c == other.c

    def __hash__(self):
        return hash(self.c)

    def __bool__(self):
        return any(self.c)

    def __matmul__(self, other):
        # cross product for 3-vectors
        a1, a2, a3 = self
        b1, b2, b3 = other
        return Vector(a2 * b3 - a3 * b2, a3 * b1 - a1 * b3, a1 * b2 - a2 * b1)


v = Vector(1, 2, 3)
w = Vector(4, 5, 6)
print(v + w, v - w, v * 2, 3 * v, v * w, -v, +v)
print(abs(Vector(3, 4)), v / 2, v @ w, w @ v)
print(v == Vector(1, 2, 3), v != w, bool(Vector(0, 0)), bool(v))
u = v
u += w
print(u, v, u is v)
u *= 2
print(u)
try:
    v + Vector(1, 2)
except ValueError as e:
    print("ValueError", e)
try:
    v + 1
except TypeError as e:
    print("TypeError", e)
try:
    "x" * v
except TypeError as e:
    print("TypeError", e)
print(sum([Vector(1, 1), Vector(2, 2), Vector(3, 3)], Vector(0, 0)))
print(sorted([Vector(3, 4), Vector(1, 1), Vector(0, 2)], key=abs))
print({Vector(1, 2): "a", Vector(1, 2): "b"})
x, y, z = w
print(x, y, z, list(w), w[1:], max(w))
