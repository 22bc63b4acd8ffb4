class SparseVector:
    def __init__(self, size, data=None):
        self.size = size
        self.data = {i: v for i, v in (data or {}).items() if v}

    def __len__(self):
        return self.size

    def __getitem__(self, i):
        if isinstance(i, slice):
            idx = range(*i.indices(self.size))
            return SparseVector(len(idx), {n: self.data.get(j, 0) for n, j in enumerate(idx)})
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("index out of range")
        return self.data.get(i, 0)

    def __setitem__(self, i, v):
        if v:
            self.data[i] = v
        else:
            self.data.pop(i, None)

    def __delitem__(self, i):
        self.data.pop(i, None)

    def __iter__(self):
        return (self.data.get(i, 0) for i in range(self.size))

    def __contains__(self, v):
        return v in self.data.values() or (v == 0 and len(self.data) < self.size)

    def __reversed__(self):
        return (self.data.get(i, 0) for i in range(self.size - 1, -1, -1))

    def __add__(self, o):
        keys = self.data.keys() | o.data.keys()
        return SparseVector(self.size, {k: self[k] + o[k] for k in keys})

    def __mul__(self, o):
        return sum(v * o[i] for i, v in self.data.items())

    def __bool__(self):
        return bool(self.data)

    def __repr__(self):
        return f"SparseVector({self.size}, {dict(sorted(self.data.items()))})"


v = SparseVector(10, {1: 5, 4: -2, 9: 1})
w = SparseVector(10, {4: 2, 5: 3})
print(v, len(v), v[1], v[-1], v[2], list(v))
print(v[::3], v[8:], list(reversed(v))[:3], 5 in v, 0 in v, 7 in v)
print(v + w, v * w, bool(SparseVector(3)), bool(v))
v[2] = 7
v[1] = 0
del v[9]
print(v, sum(v), max(v), sorted(v)[:3], any(v), list(enumerate(v))[:3])
try:
    v[10]
except IndexError as e:
    print("IndexError:", e)
a, b, c, *rest = v
print(a, b, c, len(rest))
