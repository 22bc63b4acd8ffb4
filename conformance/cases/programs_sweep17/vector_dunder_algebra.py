# A small linear-algebra module: a Vector class exercising numeric dunders,
# reflected operations, in-place fallbacks, rounding hooks and formatting.
import math
from functools import total_ordering
from numbers import Real

@total_ordering
class Vector:
    __slots__ = ("_c",)

    def __init__(self, *components):
        if len(components) == 1 and not isinstance(components[0], Real):
            components = tuple(components[0])
        self._c = tuple(components)

    def __repr__(self):
        return f"Vector{self._c!r}" if len(self._c) != 1 else f"Vector({self._c[0]!r})"

    def __str__(self):
        return "<" + ", ".join(f"{c:g}" for c in self._c) + ">"

    def __format__(self, spec):
        if spec.endswith("p"):
            return f"({math.hypot(*self._c):{spec[:-1]}f}, {math.degrees(math.atan2(self._c[1], self._c[0])):{spec[:-1]}f}°)"
        return "<" + ", ".join(format(c, spec) for c in self._c) + ">"

    def __len__(self): return len(self._c)
    def __iter__(self): return iter(self._c)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(self._c[i])
        return self._c[i]
    def __abs__(self): return math.hypot(*self._c)
    def __bool__(self): return any(self._c)
    def __neg__(self): return Vector(-c for c in self._c)
    def __pos__(self): return Vector(self._c)
    def __eq__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return self._c == other._c
    def __lt__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return abs(self) < abs(other)
    def __hash__(self): return hash(self._c)
    def __add__(self, other):
        if isinstance(other, Vector):
            if len(other) != len(self):
                raise ValueError(f"dimension mismatch: {len(self)} vs {len(other)}")
            return Vector(a + b for a, b in zip(self, other))
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return self.__add__(other)
    def __sub__(self, other): return self + (-other)
    def __mul__(self, k):
        if isinstance(k, Real):
            return Vector(c * k for c in self._c)
        return NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, other): return sum(a * b for a, b in zip(self, other))
    def __truediv__(self, k): return Vector(c / k for c in self._c)
    def __floordiv__(self, k): return Vector(c // k for c in self._c)
    def __mod__(self, k): return Vector(c % k for c in self._c)
    def __divmod__(self, k): return self // k, self % k
    def __pow__(self, n, mod=None): return Vector(pow(c, n, mod) for c in self._c)
    def __round__(self, n=None): return Vector(round(c, n) for c in self._c)
    def __trunc__(self): return Vector(math.trunc(c) for c in self._c)
    def __floor__(self): return Vector(math.floor(c) for c in self._c)
    def __ceil__(self): return Vector(math.ceil(c) for c in self._c)
    def __contains__(self, x): return x in self._c
    def __reversed__(self): return Vector(self._c[::-1])

v = Vector(3, 4)
w = Vector([1.5, -2.25])
print(repr(v), str(w), abs(v), bool(Vector(0, 0)), len(v), list(reversed(v)))
print(v + w, v - w, 2 * v, v * 0.5, v @ w, v / 3, v // 2, v % 3, divmod(Vector(7, -7), 3))
print(pow(Vector(2, 3), 10, 7), v ** 2, round(Vector(1.25, 2.675), 1), round(w), math.trunc(w), math.floor(w), math.ceil(w))
print(f"{w:.3f}|{v:>6}|{v:.2p}|{Vector(0, -1):.1p}|{v!r:>20}|{v!s:^14}|")
print(sum([v, w, Vector(1, 1)]), v == Vector(3, 4), v != (3, 4), v == (3, 4), 4 in v, v[::-1], v[-1])
print(sorted([Vector(5, 5), Vector(1, 0), v, Vector(0, -2)]), max(v, w), v >= w, v <= Vector(4, 3))
acc = Vector(0, 0)
acc += v
acc *= 3
acc -= w
print(acc, acc is not v, {v: "a", Vector(3, 4): "b"})
for bad in [lambda: v + Vector(1, 2, 3), lambda: v + 1, lambda: v * "s", lambda: v < 3, lambda: "x" @ v]:
    try:
        print(bad())
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)
try:
    v.extra = 1
except AttributeError as exc:
    print("AttributeError", exc)
