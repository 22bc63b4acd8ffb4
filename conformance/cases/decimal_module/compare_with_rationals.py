# Decimal compares with any numbers.Rational: a Fraction, a subclass of it,
# or a class registered as one (arithmetic with them stays a TypeError).
from decimal import Decimal
from fractions import Fraction
import numbers
class F(Fraction):
    pass
class R:
    def __init__(self, n, d): self.numerator, self.denominator = n, d
numbers.Rational.register(R)
for other in [Fraction(1, 2), F(1, 2), F(3, 2), R(3, 2), R(-1, 3), Fraction(-7, 3)]:
    d = Decimal('1.5')
    print(type(other).__name__, d == other, d != other, d < other, d <= other, d > other, d >= other)
    print(Decimal('NaN') == other, Decimal('-Infinity') < other, Decimal(0) == other)
try:
    Decimal(1) + F(1, 2)
except TypeError as e:
    print(e)
print(sorted([Decimal('0.3'), F(1, 4), Fraction(1, 3)]))
