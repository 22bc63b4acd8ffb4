from fractions import Fraction
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]
    @property
    def shape(self): return len(self.rows), len(self.rows[0])
    def __repr__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(str(x).rjust(w) for x in r) + "]" for r in self.rows)
    def __eq__(self, o): return isinstance(o, Matrix) and self.rows == o.rows
    def __add__(self, o):
        if self.shape != o.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {o.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __matmul__(self, o):
        if self.shape[1] != o.shape[0]:
            raise ValueError("cannot multiply")
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def T(self): return Matrix(list(map(list, zip(*self.rows))))
    def det(self):
        n, m = self.shape
        if n != m: raise ValueError("square only")
        a = [[Fraction(x) for x in r] for r in self.rows]
        det = Fraction(1)
        for i in range(n):
            piv = next((r for r in range(i, n) if a[r][i] != 0), None)
            if piv is None: return Fraction(0)
            if piv != i:
                a[i], a[piv] = a[piv], a[i]; det = -det
            det *= a[i][i]
            for r in range(i + 1, n):
                f = a[r][i] / a[i][i]
                a[r] = [x - f * y for x, y in zip(a[r], a[i])]
        return det
    @classmethod
    def identity(cls, n): return cls([[int(i == j) for j in range(n)] for i in range(n)])
m = Matrix([[1, 2], [3, 4]])
print(m); print(m @ Matrix.identity(2) == m, m.T()); print(m + m); print(m @ m)
print(m.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det(), Matrix([[1, 2], [2, 4]]).det())
for bad in [lambda: Matrix([]), lambda: Matrix([[1], [1, 2]]), lambda: m + Matrix([[1]]), lambda: m @ Matrix([[1, 2, 3]]), lambda: Matrix([[1, 2]]).det()]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
