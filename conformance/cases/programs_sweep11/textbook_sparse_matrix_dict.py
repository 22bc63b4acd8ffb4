class Sparse:
    def __init__(self, rows, cols, data=None):
        self.shape = (rows, cols)
        self.data = {k: v for k, v in (data or {}).items() if v}

    def __getitem__(self, rc):
        r, c = rc
        if not (0 <= r < self.shape[0] and 0 <= c < self.shape[1]):
            raise IndexError(f"index {rc} out of bounds for shape {self.shape}")
        return self.data.get(rc, 0)

    def __setitem__(self, rc, v):
        self[rc]
        if v:
            self.data[rc] = v
        else:
            self.data.pop(rc, None)

    def __mul__(self, other):
        if self.shape[1] != other.shape[0]:
            raise ValueError("dimension mismatch")
        out = Sparse(self.shape[0], other.shape[1])
        by_row = {}
        for (r, c), v in other.data.items():
            by_row.setdefault(r, []).append((c, v))
        for (r, k), v in self.data.items():
            for c, w in by_row.get(k, []):
                out[r, c] = out[r, c] + v * w
        return out

    def density(self):
        return len(self.data) / (self.shape[0] * self.shape[1])

    def __str__(self):
        return "\n".join(" ".join(f"{self[r, c]:3}" for c in range(self.shape[1])) for r in range(self.shape[0]))


a = Sparse(3, 3, {(0, 0): 1, (1, 2): 2, (2, 1): 3, (2, 2): 0})
b = Sparse(3, 2, {(0, 1): 4, (2, 0): 5, (1, 1): -1})
print(a, "", b, "", a * b, sep="\n")
print(a.density(), sorted(a.data), (a * b).data)
a[0, 0] = 0
print(sorted(a.data))
for bad in [lambda: a[3, 0], lambda: a * a * b * b, lambda: a.__setitem__((0, 5), 1)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
