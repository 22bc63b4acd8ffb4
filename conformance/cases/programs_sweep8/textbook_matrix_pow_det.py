from fractions import Fraction
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    @property
    def shape(self): return len(self.rows), len(self.rows[0])
    def __getitem__(self, ij):
        i, j = ij; return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij; self.rows[i][j] = v
    def __matmul__(self, o):
        n, m = self.shape; m2, p = o.shape
        if m != m2: raise ValueError(f"shape mismatch {self.shape} @ {o.shape}")
        return Matrix([[sum(self[i, k] * o[k, j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __pow__(self, e):
        r = Matrix.identity(self.shape[0]); b = self
        while e:
            if e & 1: r = r @ b
            b = b @ b; e >>= 1
        return r
    def __eq__(self, o): return self.rows == o.rows
    def T(self): return Matrix([list(c) for c in zip(*self.rows)])
    def det(self):
        a = [[Fraction(x) for x in r] for r in self.rows]; n = len(a); d = Fraction(1)
        for c in range(n):
            p = next((r for r in range(c, n) if a[r][c] != 0), None)
            if p is None: return Fraction(0)
            if p != c: a[c], a[p] = a[p], a[c]; d = -d
            d *= a[c][c]
            for r in range(c+1, n):
                f = a[r][c] / a[c][c]
                for k in range(c, n): a[r][k] -= f * a[c][k]
        return d
    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{w}}" for x in r) + "]" for r in self.rows)
    def __repr__(self): return f"Matrix({self.rows})"

fib = Matrix([[1, 1], [1, 0]])
print(fib ** 10)
print((fib ** 90)[0, 1])
m = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
print(m.det(), m.T() == m, m.shape)
print(repr(m @ Matrix.identity(3)))
try:
    m @ Matrix([[1, 2]])
except ValueError as e:
    print("ValueError:", e)
try:
    Matrix([[1], [2, 3]])
except ValueError as e:
    print("ValueError:", e)
try:
    m ** "x"
except TypeError as e:
    print("TypeError:", e)
m[0, 0] = Fraction(1, 3)
print(m, m.det(), sep="\n")
