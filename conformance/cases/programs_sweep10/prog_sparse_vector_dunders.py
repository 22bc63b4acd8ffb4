import math
from numbers import Number
class SparseVector:
    def __init__(self, n, items=None):
        if n < 0: raise ValueError("negative dimension")
        self.n = n
        self.d = {i: v for i, v in (items or {}).items() if v}
        for i in self.d:
            if not 0 <= i < n: raise IndexError(f"index {i} out of range for dimension {n}")
    def _check(self, o):
        if not isinstance(o, SparseVector): return False
        if o.n != self.n: raise ValueError(f"dimension mismatch: {self.n} vs {o.n}")
        return True
    def __len__(self): return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            idx = range(*i.indices(self.n))
            return SparseVector(len(idx), {k: self.d[j] for k, j in enumerate(idx) if j in self.d})
        if i < 0: i += self.n
        if not 0 <= i < self.n: raise IndexError("vector index out of range")
        return self.d.get(i, 0)
    def __setitem__(self, i, v):
        if v: self.d[i] = v
        else: self.d.pop(i, None)
    def __iter__(self): return (self.d.get(i, 0) for i in range(self.n))
    def __add__(self, o):
        if not self._check(o): return NotImplemented
        out = dict(self.d)
        for i, v in o.d.items(): out[i] = out.get(i, 0) + v
        return SparseVector(self.n, out)
    def __mul__(self, k):
        if isinstance(k, SparseVector):
            self._check(k)
            return sum(v * k.d.get(i, 0) for i, v in self.d.items())
        if isinstance(k, Number): return SparseVector(self.n, {i: v * k for i, v in self.d.items()})
        return NotImplemented
    def __rmul__(self, k): return self * k
    def __abs__(self): return math.sqrt(sum(v * v for v in self.d.values()))
    def __bool__(self): return bool(self.d)
    def __eq__(self, o): return isinstance(o, SparseVector) and (self.n, self.d) == (o.n, o.d)
    def __repr__(self): return f"SparseVector({self.n}, {dict(sorted(self.d.items()))})"
a = SparseVector(6, {0: 1, 3: 2}); b = SparseVector(6, {3: -2, 5: 4})
print(a + b, a * b, 3 * a, a * 0.5, abs(b), list(a), a[-3], a[1:5], a[::2], bool(a + SparseVector(6, {0: -1, 3: -2})))
a[2] = 7; a[0] = 0; print(a, len(a), 7 in a, sum(a), max(a), sorted(b))
for bad in [lambda: a + SparseVector(3), lambda: a + 1, lambda: a[10], lambda: SparseVector(2, {5: 1}), lambda: a * "x", lambda: SparseVector(-1)]:
    try: print(bad())
    except (ValueError, TypeError, IndexError) as e: print(type(e).__name__, e)
