from fractions import Fraction
class Matrix:
    def __init__(self, rows):
        if not rows or len({len(r) for r in rows}) != 1:
            raise ValueError("ragged or empty matrix")
        self.rows = [list(map(Fraction, r)) for r in rows]
    @property
    def shape(self): return len(self.rows), len(self.rows[0])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    __hash__ = None
    def __matmul__(self, o):
        if self.shape[1] != o.shape[0]:
            raise ValueError(f"shapes {self.shape} and {o.shape} not aligned")
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in zip(*o.rows)] for row in self.rows])
    def __mul__(self, k):
        if isinstance(k, Matrix):
            return NotImplemented
        return Matrix([[k * x for x in r] for r in self.rows])
    __rmul__ = __mul__
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __neg__(self): return self * -1
    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        for _ in range(n):
            result = result @ self
        return result
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    def det(self):
        n = self.shape[0]
        m = [r[:] for r in self.rows]; d = Fraction(1)
        for c in range(n):
            p = next((r for r in range(c, n) if m[r][c] != 0), None)
            if p is None: return Fraction(0)
            if p != c: m[c], m[p] = m[p], m[c]; d = -d
            d *= m[c][c]
            for r in range(c + 1, n):
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c])]
        return d
    def __repr__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)
A = Matrix([[1, 2], [3, 4]]); B = Matrix([[0, 1], [1, 0]])
print(A @ B, A * Fraction(1, 2), 2 * A, -A, A ** 3, sep="\n---\n")
print(A.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det(), A == Matrix([[1, 2], [3, 4]]), A[1, 0])
for bad in [lambda: A @ Matrix([[1, 2, 3]]), lambda: Matrix([[1], [1, 2]]), lambda: A * A, lambda: {A}, lambda: A[2, 0]]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
