from functools import total_ordering
from math import gcd


@total_ordering
class Rational:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError(f"Rational({n}, 0)")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d)
        self.n, self.d = n // g, d // g

    def _coerce(self, o):
        if isinstance(o, Rational):
            return o
        if isinstance(o, int):
            return Rational(o)
        return None

    def __add__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return Rational(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __mul__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return Rational(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._coerce(o)
        return Rational(self.n * o.d, self.d * o.n)

    def __rtruediv__(self, o):
        return self._coerce(o) / self

    def __eq__(self, o):
        o = self._coerce(o)
        return o is not None and (self.n, self.d) == (o.n, o.d)

    def __lt__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return self.n * o.d < o.n * self.d

    def __hash__(self):
        return hash((self.n, self.d))

    def __float__(self):
        return self.n / self.d

    def __repr__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)


h = sum(Rational(1, k) for k in range(1, 7))
print(h, float(h), Rational(3, -6), 1 / Rational(2, 3), Rational(1, 2) * 4)
print(sorted([Rational(2, 3), Rational(1, 2), 1, Rational(5, 4)]), Rational(1, 2) <= Rational(2, 4), Rational(1) >= 2)
print(len({Rational(1, 2), Rational(2, 4), Rational(3, 6)}), Rational(4, 2) == 2, 2 == Rational(4, 2))
for bad in [lambda: Rational(1, 0), lambda: Rational(1) / 0, lambda: Rational(1) < 0.5, lambda: Rational(1) + 0.5]:
    try:
        print(bad())
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
