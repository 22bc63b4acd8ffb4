# A matrix class with operators, determinants and a linear solve with Fractions.
from fractions import Fraction

class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and of equal length")
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __mul__(self, other):
        if isinstance(other, (int, float, Fraction)):
            return Matrix([[a * other for a in r] for r in self.rows])
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, k):
        result = Matrix.identity(self.shape[0])
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    def T(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def det(self):
        n = self.shape[0]
        a = [[Fraction(x) for x in r] for r in self.rows]
        d = Fraction(1)
        for c in range(n):
            p = next((r for r in range(c, n) if a[r][c] != 0), None)
            if p is None:
                return Fraction(0)
            if p != c:
                a[c], a[p] = a[p], a[c]
                d = -d
            d *= a[c][c]
            for r in range(c + 1, n):
                f = a[r][c] / a[c][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return d

    def solve(self, b):
        n = self.shape[0]
        a = [[Fraction(x) for x in r] + [Fraction(v)] for r, v in zip(self.rows, b)]
        for c in range(n):
            p = max(range(c, n), key=lambda r: abs(a[r][c]))
            a[c], a[p] = a[p], a[c]
            for r in range(n):
                if r != c:
                    f = a[r][c] / a[c][c]
                    a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return [a[i][n] / a[i][i] for i in range(n)]

    def __repr__(self):
        width = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{str(x):>{width}}" for x in r) + "]" for r in self.rows)

A = Matrix([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]])
B = Matrix.identity(3)
print(A + B, (A @ B) == A, sep="\n")
print(2 * A)
print(A * Fraction(1, 2))
print(A.T())
print("det", A.det(), Matrix([[1, 2], [2, 4]]).det())
print("solve", A.solve([8, -11, -3]))
fib = Matrix([[1, 1], [1, 0]]) ** 30
print("fib", fib[0, 1], fib.shape)
for bad in (lambda: A + Matrix([[1]]), lambda: A @ Matrix([[1, 2]]), lambda: Matrix([[1], [1, 2]]),
            lambda: A * "x"):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
