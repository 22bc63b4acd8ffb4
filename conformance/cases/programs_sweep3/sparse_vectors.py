# A sparse vector class: operator overloading, __iter__, __bool__, __hash__, __format__.
import math
from numbers import Number

class SparseVector:
    def __init__(self, size, entries=None):
        self.size = size
        self.data = {i: v for i, v in (entries or {}).items() if v}

    @classmethod
    def from_list(cls, values):
        return cls(len(values), dict(enumerate(values)))

    def __len__(self):
        return self.size

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.size))]
        if not -self.size <= i < self.size:
            raise IndexError("sparse index out of range")
        return self.data.get(i % self.size, 0)

    def __setitem__(self, i, v):
        if v:
            self.data[i] = v
        else:
            self.data.pop(i, None)

    def __iter__(self):
        return (self[i] for i in range(self.size))

    def _check(self, other):
        if self.size != other.size:
            raise ValueError(f"size mismatch: {self.size} != {other.size}")

    def __add__(self, other):
        if not isinstance(other, SparseVector):
            return NotImplemented
        self._check(other)
        keys = self.data.keys() | other.data.keys()
        return SparseVector(self.size, {k: self[k] + other[k] for k in keys})

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return SparseVector(self.size, {k: -v for k, v in self.data.items()})

    def __mul__(self, k):
        if isinstance(k, Number):
            return SparseVector(self.size, {i: v * k for i, v in self.data.items()})
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        self._check(other)
        return sum(v * other[i] for i, v in self.data.items())

    def __abs__(self):
        return math.sqrt(self @ self)

    def __bool__(self):
        return bool(self.data)

    def __eq__(self, other):
        return isinstance(other, SparseVector) and self.size == other.size and self.data == other.data

    def __hash__(self):
        return hash((self.size, frozenset(self.data.items())))

    def __repr__(self):
        return f"SparseVector({self.size}, {dict(sorted(self.data.items()))})"

    def __format__(self, spec):
        return "(" + ", ".join(format(x, spec) for x in self) + ")"

a = SparseVector.from_list([0, 3, 0, 4, 0])
b = SparseVector(5, {0: 1, 3: -4})
print(a, b, a + b, a - b, 2 * a, a * 0.5)
print(a @ b, abs(a), bool(a - a), bool(a), list(a), a[1:4], a[-2])
print(f"{a:.1f}", format(b, "+d"), len(a), 3 in a, hash(a) == hash(SparseVector.from_list(list(a))))
a[2] = 7
a[1] = 0
print(a, a == SparseVector(5, {2: 7, 3: 4}), a != b)
for bad in (lambda: a[5], lambda: a + SparseVector(3), lambda: a + 1, lambda: a * "s"):
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sorted([SparseVector.from_list([3, 4]), SparseVector.from_list([1, 0])], key=abs))
