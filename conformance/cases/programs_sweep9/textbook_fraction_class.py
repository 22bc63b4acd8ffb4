from math import gcd
from functools import total_ordering
@total_ordering
class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("denominator cannot be zero")
        if d < 0: n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    @classmethod
    def _coerce(cls, o):
        if isinstance(o, Frac): return o
        if isinstance(o, int): return cls(o)
        return NotImplemented
    def __add__(self, o):
        o = self._coerce(o)
        if o is NotImplemented: return o
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._coerce(o)
        if o is NotImplemented: return o
        return self + Frac(-o.n, o.d)
    def __rsub__(self, o): return Frac(o) - self
    def __mul__(self, o):
        o = self._coerce(o)
        if o is NotImplemented: return o
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        if o is NotImplemented: return o
        return Frac(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o): return Frac(o) / self
    def __pow__(self, k): return Frac(self.n ** k, self.d ** k) if k >= 0 else Frac(self.d ** -k, self.n ** -k)
    def __neg__(self): return Frac(-self.n, self.d)
    def __eq__(self, o):
        o = self._coerce(o)
        return o is not NotImplemented and (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = self._coerce(o)
        if o is NotImplemented: return o
        return self.n * o.d < o.n * self.d
    def __hash__(self): return hash((self.n, self.d))
    def __float__(self): return self.n / self.d
    def __int__(self): return self.n // self.d if self.n >= 0 else -(-self.n // self.d)
    def __repr__(self): return f"Frac({self.n}, {self.d})"
    def __str__(self): return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)
h = Frac(1, 2); t = Frac(1, 3)
print(h + t, h - t, h * t, h / t, 1 - h, 2 / t, h ** 3, t ** -2, -h, h + 1, 3 * t)
print(h > t, h <= Frac(2, 4), sorted([h, t, Frac(-1, 5), Frac(3)]), float(t), int(Frac(-7, 2)), int(Frac(7, 2)), {h, Frac(2, 4)})
print(sum([Frac(1, n) for n in range(1, 7)]), max(h, t), h == 0.5, h != "x", Frac(0, 5), Frac(3, -6))
for bad in [lambda: Frac(1, 0), lambda: h + 0.5, lambda: h < "a", lambda: h / Frac(0)]:
    try:
        print(bad())
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
