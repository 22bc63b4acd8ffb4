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

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __matmul__(self, o):
        if self.shape[1] != o.shape[0]:
            raise ValueError(f"shapes {self.shape} and {o.shape} not aligned")
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __add__(self, o):
        if self.shape != o.shape:
            raise ValueError("shape mismatch")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])

    def __pow__(self, n):
        r = Matrix.identity(self.shape[0])
        b = self
        while n:
            if n & 1:
                r = r @ b
            b = b @ b
            n >>= 1
        return r

    def T(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows

    def __repr__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{w}}" for x in r) + "]" for r in self.rows)


F = Matrix([[1, 1], [1, 0]])
print(F ** 10)
print((F ** 50)[0, 1])
A = Matrix([[1, 2, 3], [4, 5, 6]])
print(A @ A.T())
print(A.T().shape, A + A == Matrix([[2, 4, 6], [8, 10, 12]]), Matrix.identity(2) == F @ Matrix.identity(2))
for bad in [lambda: A @ A, lambda: Matrix([[1], [1, 2]]), lambda: A + F, lambda: A[5, 0], lambda: A["x"]]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
