# A small matrix class with @, @= and the reflected form.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.shape = (len(self.rows), len(self.rows[0]) if self.rows else 0)

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"

    def __matmul__(self, other):
        if isinstance(other, Matrix):
            n, m = self.shape
            m2, p = other.shape
            if m != m2:
                raise ValueError(f"shapes {self.shape} and {other.shape} not aligned")
            return Matrix([[sum(self.rows[i][k] * other.rows[k][j] for k in range(m))
                            for j in range(p)] for i in range(n)])
        if isinstance(other, list):
            return [sum(a * b for a, b in zip(row, other)) for row in self.rows]
        return NotImplemented

    def __rmatmul__(self, other):
        if isinstance(other, list):
            return [sum(other[k] * self.rows[k][j] for k in range(len(other)))
                    for j in range(self.shape[1])]
        return NotImplemented

    def __imatmul__(self, other):
        result = self @ other
        self.rows, self.shape = result.rows, result.shape
        return self


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a @ b, b @ a)
print(a @ [1, 1], [1, 1] @ a)
ident = a
a @= b
print(a, a is ident)
try:
    a @ Matrix([[1, 2, 3]])
except ValueError as e:
    print("ValueError:", e)
for bad in (lambda: a @ 3, lambda: 3 @ a, lambda: "x" @ a):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    x = 5
    x @= a
except TypeError as e:
    print("TypeError:", e)
power = Matrix([[1, 1], [1, 0]])
result = Matrix([[1, 0], [0, 1]])
for _ in range(10):
    result @= power
print("fib via matrix:", result.rows[0][1])
