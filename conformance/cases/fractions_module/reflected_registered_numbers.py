# Fraction's reflected operators take any numbers.Real or numbers.Complex,
# registered ones included, as CPython's _operator_fallbacks: a Real goes
# through float, a Complex through complex; anything else gets
# NotImplemented, so the operation fails with the operator's TypeError.
import numbers
from decimal import Decimal
from fractions import Fraction


class Meters:
    def __init__(self, value):
        self.value = value

    def __float__(self):
        return float(self.value)

    def __complex__(self):
        return complex(self.value)


numbers.Real.register(Meters)


class Phasor:
    def __init__(self, re, im):
        self.c = complex(re, im)

    def __complex__(self):
        return self.c


numbers.Complex.register(Phasor)


class Rat:
    numerator = 3
    denominator = 4


numbers.Rational.register(Rat)

half = Fraction(1, 2)
for label, left in [("Meters", Meters(3)), ("Phasor", Phasor(1, 2)), ("Rat", Rat()),
                    ("Decimal", Decimal("1.5")), ("str", "x")]:
    for name, op in [("+", lambda a, b: a + b), ("-", lambda a, b: a - b),
                     ("*", lambda a, b: a * b), ("/", lambda a, b: a / b),
                     ("//", lambda a, b: a // b), ("%", lambda a, b: a % b),
                     ("divmod", divmod)]:
        try:
            print(label, name, repr(op(left, half)))
        except (TypeError, ZeroDivisionError) as e:
            print(label, name, type(e).__name__, e)
