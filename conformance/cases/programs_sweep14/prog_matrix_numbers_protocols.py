# A Fraction-based matrix supporting +, -, *, @, ==, unary -, abs
# (determinant), and exact inversion with Gaussian elimination.
from fractions import Fraction


class Matrix:
    def __init__(self, rows):
        self.rows = [[Fraction(x) for x in r] for r in rows]
        self.n = len(self.rows)

    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])

    def __sub__(self, o):
        return self + (-o)

    def __neg__(self):
        return Matrix([[-a for a in r] for r in self.rows])

    def __mul__(self, k):
        return Matrix([[a * k for a in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])

    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows

    def __abs__(self):
        m = [r[:] for r in self.rows]
        det = Fraction(1)
        for i in range(self.n):
            p = next((j for j in range(i, self.n) if m[j][i] != 0), None)
            if p is None:
                return Fraction(0)
            if p != i:
                m[i], m[p] = m[p], m[i]
                det = -det
            det *= m[i][i]
            for j in range(i + 1, self.n):
                f = m[j][i] / m[i][i]
                m[j] = [a - f * b for a, b in zip(m[j], m[i])]
        return det

    def inverse(self):
        n = self.n
        aug = [r[:] + [Fraction(int(i == j)) for j in range(n)] for i, r in enumerate(self.rows)]
        for i in range(n):
            p = next((j for j in range(i, n) if aug[j][i] != 0), None)
            if p is None:
                raise ZeroDivisionError("matrix is singular")
            aug[i], aug[p] = aug[p], aug[i]
            aug[i] = [x / aug[i][i] for x in aug[i]]
            for j in range(n):
                if j != i:
                    aug[j] = [a - aug[j][i] * b for a, b in zip(aug[j], aug[i])]
        return Matrix([r[n:] for r in aug])

    def __repr__(self):
        return "[" + "; ".join(" ".join(str(x) for x in r) for r in self.rows) + "]"


a = Matrix([[2, 1], [5, 3]])
print(a + a, a - a, 2 * a, a * Fraction(1, 2), a @ a, -a, abs(a))
inv = a.inverse()
print(inv, a @ inv == Matrix([[1, 0], [0, 1]]), abs(Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 10]])))
try:
    Matrix([[1, 2], [2, 4]]).inverse()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
