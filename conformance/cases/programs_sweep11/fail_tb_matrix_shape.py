class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __matmul__(self, other):
        if len(self.rows[0]) != len(other.rows):
            raise ValueError(f"cannot multiply {len(self.rows)}x{len(self.rows[0])} by {len(other.rows)}x{len(other.rows[0])}")
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*other.rows)] for r in self.rows])


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[1, 2, 3]])
print((a @ a).rows)
print((a @ b).rows)
