from fractions import Fraction


class Matrix:
    def __init__(self, rows):
        self.rows = [list(map(Fraction, r)) for r in rows]
        self.n, self.m = len(rows), len(rows[0])

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"shape mismatch {self.n}x{self.m} @ {other.n}x{other.m}")
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in zip(*other.rows)] for row in self.rows])

    def det(self):
        a = [row[:] for row in self.rows]
        d = Fraction(1)
        for c in range(self.n):
            p = next((r for r in range(c, self.n) if a[r][c] != 0), None)
            if p is None:
                return Fraction(0)
            if p != c:
                a[c], a[p] = a[p], a[c]
                d = -d
            d *= a[c][c]
            for r in range(c + 1, self.n):
                f = a[r][c] / a[c][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return d

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)


A = Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
B = Matrix([[1, 0], [0, 1], [1, 1]])
print(A @ B)
print("det A =", A.det(), "det =", Matrix([[1, 2], [2, 4]]).det(), Matrix([[0, 1], [1, 0]]).det())
print(Matrix([["1/2", "1/3"], ["1/4", "1/5"]]).det())
try:
    B @ B
except ValueError as e:
    print("ValueError:", e)
