# Corners of Fraction a script can observe: what division by zero reports,
# user-defined numbers on either side, the names of the operator methods,
# rounding and limit_denominator with unusual arguments.
import math
import numbers
from fractions import Fraction


def attempt(label, thunk):
    try:
        result = thunk()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", type(result).__name__, result)


class Loose(numbers.Rational):
    """A rational that never reduces itself, and reports every read."""

    def __init__(self, top, bottom):
        self.top, self.bottom = top, bottom

    @property
    def numerator(self):
        print("  read numerator")
        return self.top

    @property
    def denominator(self):
        print("  read denominator")
        return self.bottom

    def __repr__(self):
        return "Loose(%d, %d)" % (self.top, self.bottom)

    def _refuse(self, *args):
        return NotImplemented

    __add__ = __radd__ = __mul__ = __rmul__ = __truediv__ = __rtruediv__ = _refuse
    __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = __pow__ = __rpow__ = _refuse
    __sub__ = __rsub__ = __eq__ = __lt__ = __le__ = _refuse
    __neg__ = __pos__ = __abs__ = __trunc__ = __floor__ = __ceil__ = __round__ = _refuse
    __hash__ = object.__hash__


class Count(numbers.Integral):
    """An Integral that is not an int."""

    def __init__(self, value):
        self.value = value

    def __int__(self):
        return self.value

    def __index__(self):
        return self.value

    def __repr__(self):
        return "Count(%d)" % self.value

    def _refuse(self, *args):
        return NotImplemented

    __add__ = __radd__ = __mul__ = __rmul__ = __truediv__ = __rtruediv__ = _refuse
    __pow__ = __rpow__ = __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = _refuse
    __lshift__ = __rlshift__ = __rshift__ = __rrshift__ = __and__ = __rand__ = _refuse
    __xor__ = __rxor__ = __or__ = __ror__ = __eq__ = __lt__ = __le__ = _refuse
    __neg__ = __pos__ = __abs__ = __invert__ = __trunc__ = __floor__ = _refuse
    __ceil__ = __round__ = _refuse
    numerator = property(lambda self: self.value)
    denominator = property(lambda self: 1)
    __hash__ = object.__hash__


class Plane(numbers.Complex):
    """A complex number that reports when its parts are read."""

    def __init__(self, re, im):
        self.re, self.im = re, im

    @property
    def real(self):
        print("  read real")
        return self.re

    @property
    def imag(self):
        print("  read imag")
        return self.im

    def __complex__(self):
        return complex(self.re, self.im)

    def _refuse(self, *args):
        return NotImplemented

    __add__ = __radd__ = __mul__ = __rmul__ = __truediv__ = __rtruediv__ = _refuse
    __pow__ = __rpow__ = __neg__ = __pos__ = __abs__ = conjugate = __eq__ = _refuse
    __hash__ = object.__hash__


# Division by zero names the numerator left after cancelling.
for a in (Fraction(6, 5), Fraction(-9, 4), Fraction(0)):
    attempt("%r / 0" % a, lambda: a / 0)
attempt("Fraction(0) ** -2", lambda: Fraction(0) ** -2)
attempt("Fraction(Fraction(3, 2), Fraction(0))", lambda: Fraction(Fraction(3, 2), Fraction(0)))
attempt("Fraction('-4/0')", lambda: Fraction('-4/0'))
attempt("Fraction(1, 2) // 0", lambda: Fraction(1, 2) // 0)
attempt("Fraction(1, 2) % 0", lambda: Fraction(1, 2) % 0)
attempt("divmod(Fraction(1, 2), 0)", lambda: divmod(Fraction(1, 2), 0))
attempt("Fraction(1, 2) % 0.0", lambda: Fraction(1, 2) % 0.0)

# A user's Rational on the left is read as it is, unreduced.
OPERATIONS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
              "/": lambda a, b: a / b, "//": lambda a, b: a // b, "%": lambda a, b: a % b}
for op, run in OPERATIONS.items():
    attempt("Loose(2, 4) %s Fraction(1, 2)" % op, lambda: run(Loose(2, 4), Fraction(1, 2)))
attempt("Loose(2, 4) ** Fraction(2)", lambda: Loose(2, 4) ** Fraction(2))
attempt("Fraction(Loose(6, 8))", lambda: Fraction(Loose(6, 8)))
attempt("Fraction(Loose(6, 8), Loose(1, 3))", lambda: Fraction(Loose(6, 8), Loose(1, 3)))
attempt("Fraction(1, 3) < Loose(1, 2)", lambda: Fraction(1, 3) < Loose(1, 2))
attempt("Fraction(1, 2) == Loose(2, 4)", lambda: Fraction(1, 2) == Loose(2, 4))

# Integrals that are not ints.
attempt("Fraction.from_float(Count(3))", lambda: Fraction.from_float(Count(3)))
attempt("Fraction.from_decimal(Count(3))", lambda: Fraction.from_decimal(Count(3)))
attempt("Fraction(Count(3), Count(6))", lambda: Fraction(Count(3), Count(6)))

# A Complex with no imaginary part compares through its real part.
attempt("Fraction(1, 2) == Plane(0.5, 0)", lambda: Fraction(1, 2) == Plane(0.5, 0))
attempt("Fraction(1, 2) == Plane(0.5, 1)", lambda: Fraction(1, 2) == Plane(0.5, 1))
attempt("Fraction(1, 2) + Plane(1, 1)", lambda: Fraction(1, 2) + Plane(1, 1))
attempt("Plane(1, 1) * Fraction(1, 2)", lambda: Plane(1, 1) * Fraction(1, 2))

# The operator methods' names, as error messages show them.
for name in ("__add__", "__rsub__", "__divmod__", "__rpow__", "__lt__", "__int__"):
    method = getattr(Fraction, name)
    print(name, method.__name__, method.__qualname__)
attempt("Fraction.__add__(Fraction(1))", lambda: Fraction.__add__(Fraction(1)))
attempt("Fraction.__rmod__()", lambda: Fraction.__rmod__())
attempt("Fraction.__float__.__qualname__", lambda: Fraction.__float__.__qualname__)

# Strings: the 3.11 pattern's quirks.
for text in ("1.", ".5e1", "1.d", "1_000.000_1", "\u0661/\u0662", "1/2e3", " 7 "):
    attempt("Fraction(%r)" % text, lambda: Fraction(text))

# Rounding and limit_denominator with unusual arguments.
attempt("round(Fraction(25, 2))", lambda: round(Fraction(25, 2)))
attempt("round(Fraction(27, 2))", lambda: round(Fraction(27, 2)))
attempt("round(Fraction(-5, 2))", lambda: round(Fraction(-5, 2)))
attempt("round(Fraction(1234, 7), -2)", lambda: round(Fraction(1234, 7), -2))
attempt("round(Fraction(1, 3), 1.5)", lambda: round(Fraction(1, 3), 1.5))
attempt("Fraction(math.pi).limit_denominator(7.5)",
        lambda: Fraction(math.pi).limit_denominator(7.5))
attempt("Fraction(math.pi).limit_denominator(Fraction(15, 2))",
        lambda: Fraction(math.pi).limit_denominator(Fraction(15, 2)))
attempt("Fraction(3, 8).limit_denominator(4)", lambda: Fraction(3, 8).limit_denominator(4))
attempt("Fraction(-5, 8).limit_denominator(4)", lambda: Fraction(-5, 8).limit_denominator(4))
attempt("Fraction(1, 3).limit_denominator(0)", lambda: Fraction(1, 3).limit_denominator(0))
