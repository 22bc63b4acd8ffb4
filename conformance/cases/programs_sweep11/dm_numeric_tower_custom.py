import math
from numbers import Number, Real, Integral


class Meters:
    def __init__(self, v):
        self.v = float(v)

    def __add__(self, o):
        if isinstance(o, Meters):
            return Meters(self.v + o.v)
        if o == 0:
            return self
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, o):
        return Meters(self.v - o.v)

    def __mul__(self, k):
        if isinstance(k, Real):
            return Meters(self.v * k)
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, o):
        if isinstance(o, Meters):
            return self.v / o.v
        return Meters(self.v / o)

    def __floordiv__(self, o):
        return int(self.v // o.v)

    def __mod__(self, o):
        return Meters(self.v % o.v)

    def __neg__(self):
        return Meters(-self.v)

    def __abs__(self):
        return Meters(abs(self.v))

    def __round__(self, n=None):
        return Meters(round(self.v, n))

    def __float__(self):
        return self.v

    def __lt__(self, o):
        return self.v < o.v

    def __eq__(self, o):
        return isinstance(o, Meters) and self.v == o.v

    def __repr__(self):
        return f"{self.v:g}m"


legs = [Meters(1200), Meters(350.5), Meters(75.25)]
total = sum(legs)
print(total, total / Meters(100), total // Meters(100), total % Meters(100), -total, abs(-total), round(total / 7, 2))
print(2 * legs[0], legs[1] * 0.5, sorted(legs), max(legs), math.floor(float(total)), float(legs[2]))
print(isinstance(3, Integral), isinstance(2.5, Real), isinstance(1j, Real), isinstance(1j, Number), isinstance(Meters(1), Number))
for bad in [lambda: legs[0] * "x", lambda: legs[0] + 5, lambda: "x" * legs[0], lambda: legs[0] < 5]:
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
