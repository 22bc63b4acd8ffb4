# Fraction reads numerator and denominator of any numbers.Rational: a class
# registered with the ABC and a subclass of it.
import numbers
from fractions import Fraction


class Registered:
    def __init__(self, numerator, denominator):
        self.numerator = numerator
        self.denominator = denominator


numbers.Rational.register(Registered)


class Derived(numbers.Rational):
    numerator = 4
    denominator = 10

    def _unused(self, *args):
        return NotImplemented

    __abs__ = __add__ = __radd__ = __neg__ = __pos__ = _unused
    __mul__ = __rmul__ = __truediv__ = __rtruediv__ = _unused
    __pow__ = __rpow__ = __eq__ = __lt__ = __le__ = _unused
    __floor__ = __ceil__ = __floordiv__ = __rfloordiv__ = _unused
    __mod__ = __rmod__ = __round__ = __trunc__ = _unused
    __hash__ = None


print(repr(Fraction(Registered(3, 6))))
print(repr(Fraction(Derived())))
print(repr(Fraction(Registered(3, 6), Registered(1, 2))))
print(repr(Fraction(3, Registered(1, 2))))
print(repr(Fraction(Registered(1, 3), 2)))
print(Fraction(1, 2) == Registered(2, 4), Fraction(1, 2) == Registered(1, 2))
print(Fraction(1, 2) < Registered(3, 4), Fraction(1, 2) >= Registered(3, 4))
print(repr(Fraction(1, 2) ** Registered(2, 1)), repr(Fraction(2, 3) ** Registered(-2, 1)))
try:
    Fraction(Registered(1, 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    Fraction(object())
except TypeError as e:
    print("TypeError", e)
try:
    Fraction(1.5, Registered(1, 2))
except TypeError as e:
    print("TypeError", e)
