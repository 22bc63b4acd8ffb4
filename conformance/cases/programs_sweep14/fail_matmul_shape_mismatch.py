# Matrix multiplication with incompatible shapes raises from __matmul__.
class M:
    def __init__(self, rows):
        self.rows = rows

    def __matmul__(self, other):
        if len(self.rows[0]) != len(other.rows):
            raise ValueError(f"cannot multiply {len(self.rows)}x{len(self.rows[0])} "
                             f"by {len(other.rows)}x{len(other.rows[0])}")
        return M([[sum(a * b for a, b in zip(r, c)) for c in zip(*other.rows)] for r in self.rows])

    def __repr__(self):
        return f"M({self.rows})"


a = M([[1, 2], [3, 4]])
print(a @ a)
print(a @ M([[1, 2, 3]]))
