import math
from numbers import Number


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x=0, y=0, z=0):
        self.x, self.y, self.z = x, y, z

    def __iter__(self):
        return iter((self.x, self.y, self.z))

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r}, {self.z!r})"

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return Vector(*(-a for a in self))

    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        if isinstance(k, Number):
            return Vector(*(a * k for a in self))
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, o):
        return Vector(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def __abs__(self):
        return math.sqrt(self * self)

    def __bool__(self):
        return any(self)

    def __eq__(self, other):
        return isinstance(other, Vector) and tuple(self) == tuple(other)

    def __hash__(self):
        return hash(tuple(self))

    def __format__(self, spec):
        return "<" + ", ".join(format(c, spec) for c in self) + ">"


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, n):
        result = Matrix.identity(len(self.rows))
        for _ in range(n):
            result = result @ self
        return result

    def T(self):
        return Matrix(zip(*self.rows))

    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]

    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{w}}" for x in r) + "]" for r in self.rows)

    def __eq__(self, other):
        return self.rows == other.rows


v, w = Vector(1, 2, 3), Vector(4, 5, 6)
print(v + w, v - w, v * 2, 3 * v, v * w, v @ w, abs(Vector(3, 4)), bool(Vector()))
print(f"{v:.2f}", f"{Vector(1.5, 2, 1e3):>8}", {v, Vector(1, 2, 3)}, v == (1, 2, 3))
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * v
except TypeError as e:
    print("TypeError:", e)
try:
    v.w = 1
except AttributeError as e:
    print("AttributeError:", e)
m = Matrix([[1, 1], [1, 0]])
print(m ** 10)
print(m[0, 1], (m ** 5).T() == m ** 5, Matrix([[1, 2, 3]]).T())
print(Matrix([[1, 2], [3, 4]]) @ Matrix.identity(2) == Matrix([[1, 2], [3, 4]]))
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([list(r) for r in zip(*grid[::-1])], [r[::-1] for r in zip(*grid)][0], sum(grid[i][i] for i in range(3)))
print(sorted([Vector(3, 0), Vector(1, 1), Vector(0, 2)], key=abs), max(v, w, key=lambda q: q.z))
