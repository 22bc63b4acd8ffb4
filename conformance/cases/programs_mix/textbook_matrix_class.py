class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n): return cls([[int(i == j) for j in range(n)] for i in range(n)])
    @property
    def shape(self): return len(self.rows), len(self.rows[0])
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def __matmul__(self, o):
        if self.shape[1] != o.shape[0]:
            raise ValueError(f"shape mismatch {self.shape} @ {o.shape}")
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __add__(self, o): return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __mul__(self, k): return Matrix([[a * k for a in r] for r in self.rows])
    __rmul__ = __mul__
    def __eq__(self, o): return isinstance(o, Matrix) and self.rows == o.rows
    def __pow__(self, n):
        r = Matrix.identity(self.shape[0])
        b = self
        while n:
            if n & 1: r = r @ b
            b = b @ b; n >>= 1
        return r
    def T(self): return Matrix([list(c) for c in zip(*self.rows)])
    def __repr__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{w}}" for x in r) + "]" for r in self.rows)
m = Matrix([[1, 1], [1, 0]])
print(m ** 10)
print((m ** 90)[0, 1])
a = Matrix([[1, 2, 3], [4, 5, 6]])
print(a @ a.T())
print(2 * a + a * 0.5)
print(a == Matrix([[1, 2, 3], [4, 5, 6]]), a.shape, Matrix.identity(3) == Matrix.identity(3).T())
for bad in ([[1, 2], [3]], []):
    try:
        Matrix(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    a @ a
except ValueError as e:
    print("ValueError:", e)
