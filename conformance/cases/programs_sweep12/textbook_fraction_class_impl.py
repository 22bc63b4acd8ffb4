from math import gcd
from functools import total_ordering


@total_ordering
class Frac:
    __slots__ = ("n", "d")

    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError(f"Frac({n}, 0)")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g

    @staticmethod
    def _of(x):
        return x if isinstance(x, Frac) else Frac(x) if isinstance(x, int) else None

    def __add__(self, o):
        o = self._of(o)
        return NotImplemented if o is None else Frac(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __sub__(self, o):
        o = self._of(o)
        return NotImplemented if o is None else self + Frac(-o.n, o.d)

    def __rsub__(self, o):
        return Frac(-self.n, self.d) + o

    def __mul__(self, o):
        o = self._of(o)
        return NotImplemented if o is None else Frac(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._of(o)
        return NotImplemented if o is None else Frac(self.n * o.d, self.d * o.n)

    def __rtruediv__(self, o):
        return Frac(self.d, self.n) * o

    def __pow__(self, e):
        return Frac(self.n ** e, self.d ** e) if e >= 0 else Frac(self.d ** -e, self.n ** -e)

    def __neg__(self):
        return Frac(-self.n, self.d)

    def __abs__(self):
        return Frac(abs(self.n), self.d)

    def __eq__(self, o):
        o = self._of(o)
        return o is not None and (self.n, self.d) == (o.n, o.d)

    def __lt__(self, o):
        o = self._of(o)
        return self.n * o.d < o.n * self.d

    def __hash__(self):
        return hash((self.n, self.d)) if self.d != 1 else hash(self.n)

    def __float__(self):
        return self.n / self.d

    def __int__(self):
        return int(self.n / self.d)

    def __bool__(self):
        return self.n != 0

    def __repr__(self):
        return f"Frac({self.n}, {self.d})"

    def __str__(self):
        return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"


h = sum((Frac(1, k) for k in range(1, 11)), Frac(0))
print(h, float(h), int(h), repr(Frac(6, -8)))
a, b = Frac(2, 3), Frac(3, 4)
print(a + b, a - b, a * b, a / b, 1 - a, 2 / a, a ** 3, a ** -2, -a, abs(-b))
print(a < b, a >= b, sorted([b, a, Frac(1, 2), Frac(5, 6)]), max(a, b), Frac(4, 2) == 2, {Frac(2, 1): "x"}[2])
print(bool(Frac(0)), bool(a), Frac(1, 3) + 1, 3 * Frac(1, 3) == 1, str(Frac(-9, 3)))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a + 0.5
except TypeError as e:
    print("TypeError:", e)
