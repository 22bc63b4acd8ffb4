from numbers import Number, Integral, Rational, Real, Complex
from fractions import Fraction
from decimal import Decimal


class Modular:
    def __init__(self, value, mod):
        self.mod = mod
        self.value = value % mod

    def _coerce(self, other):
        if isinstance(other, Modular):
            if other.mod != self.mod:
                raise ValueError("moduli differ")
            return other.value
        if isinstance(other, Integral):
            return other
        return NotImplemented

    def __add__(self, other):
        o = self._coerce(other)
        return o if o is NotImplemented else Modular(self.value + o, self.mod)

    __radd__ = __add__

    def __mul__(self, other):
        o = self._coerce(other)
        return o if o is NotImplemented else Modular(self.value * o, self.mod)

    __rmul__ = __mul__

    def __pow__(self, e):
        return Modular(pow(self.value, e, self.mod), self.mod)

    def __truediv__(self, other):
        o = self._coerce(other)
        return Modular(self.value * pow(o, -1, self.mod), self.mod)

    def __eq__(self, other):
        o = self._coerce(other)
        return o is not NotImplemented and self.value == o % self.mod

    def __int__(self):
        return self.value

    def __repr__(self):
        return f"{self.value} (mod {self.mod})"


a = Modular(5, 7)
print(a + 4, 3 + a, a * a, 2 * a, a ** 100, a / 3, (a / 3) * 3 == a, a ** 5)
print(a == 12, a == Modular(12, 7), sum([a, a, a], Modular(0, 7)))
try:
    a + 1.5
except TypeError as e:
    print("TypeError:", e)
for x in [3, True, 2.5, Fraction(1, 3), Decimal("1.1"), 1j, "3"]:
    print(f"{x!r:<18}", [cls.__name__ for cls in (Number, Complex, Real, Rational, Integral) if isinstance(x, cls)])
