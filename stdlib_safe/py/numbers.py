"""Abstract base classes for numbers (PEP 3141), as in Python 3.11:
Number > Complex > Real > Rational > Integral.

int (and so bool) is registered as Integral, float as Real, complex as
Complex, and fractions.Fraction as Rational (by the fractions module).
decimal.Decimal is registered as a Number only, by the decimal module:
it does not mix with binary floats, so it is not a Real.
"""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


# Each operation a level of the tower requires is made by _required: a
# fresh function carrying the operation's name and parameters, marked
# abstract so that ABCMeta lists it until a subclass defines it. Reached
# anyway (through super(), or on the class), it raises NotImplementedError.
# The one exception is Complex.__complex__, whose declaration returns None.

def _required(qualname, params="other"):
    """The abstract method `qualname` ("Class.name"), taking self plus
    `params`: "" (nothing else), "other", "exponent", "base", "ndigits"
    (defaulting to None) or "exponent, modulus" (the modulus defaulting
    to None)."""
    if params == "":
        def declared(self):
            raise NotImplementedError
    elif params == "other":
        def declared(self, other):
            raise NotImplementedError
    elif params == "exponent":
        def declared(self, exponent):
            raise NotImplementedError
    elif params == "base":
        def declared(self, base):
            raise NotImplementedError
    elif params == "ndigits":
        def declared(self, ndigits=None):
            raise NotImplementedError
    else:
        def declared(self, exponent, modulus=None):
            raise NotImplementedError
    declared.__qualname__ = qualname
    declared.__name__ = qualname.split(".")[-1]
    return abstractmethod(declared)


def _required_property(qualname):
    """An abstract read-only attribute."""
    return property(_required(qualname, ""))


def _plus_self(number):
    return +number


def _constant(value):
    def getter(number):
        return value
    return getter


class Number(metaclass=ABCMeta):
    """Every number: isinstance(x, Number) asks whether x is a number at all."""

    __slots__ = ()
    # No generic hash: each concrete type hashes its own values.
    __hash__ = None


class Complex(Number):
    """A number with complex()'s conversion, .real, .imag, conjugate(),
    abs(), ==, and the operators + - * / ** (complex is one)."""

    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        pass

    def __bool__(self):
        """True unless the number equals zero."""
        return self != 0

    real = _required_property("Complex.real")
    imag = _required_property("Complex.imag")
    __add__ = _required("Complex.__add__")
    __radd__ = _required("Complex.__radd__")
    __neg__ = _required("Complex.__neg__", "")
    __pos__ = _required("Complex.__pos__", "")

    def __sub__(self, other):
        negated = -other
        return self + negated

    def __rsub__(self, other):
        negated = -self
        return negated + other

    __mul__ = _required("Complex.__mul__")
    __rmul__ = _required("Complex.__rmul__")
    __truediv__ = _required("Complex.__truediv__")
    __rtruediv__ = _required("Complex.__rtruediv__")
    __pow__ = _required("Complex.__pow__", "exponent")
    __rpow__ = _required("Complex.__rpow__", "base")
    __abs__ = _required("Complex.__abs__", "")
    conjugate = _required("Complex.conjugate", "")
    __eq__ = _required("Complex.__eq__")


class Real(Complex):
    """A Complex that is ordered (< <=), has float(), trunc(), floor(),
    ceil(), round(), // % and divmod() (float is one)."""

    __slots__ = ()

    __float__ = _required("Real.__float__", "")
    __trunc__ = _required("Real.__trunc__", "")
    __floor__ = _required("Real.__floor__", "")
    __ceil__ = _required("Real.__ceil__", "")
    __round__ = _required("Real.__round__", "ndigits")

    def __divmod__(self, other):
        quotient = self // other
        return quotient, self % other

    def __rdivmod__(self, other):
        quotient = other // self
        return quotient, other % self

    __floordiv__ = _required("Real.__floordiv__")
    __rfloordiv__ = _required("Real.__rfloordiv__")
    __mod__ = _required("Real.__mod__")
    __rmod__ = _required("Real.__rmod__")
    __lt__ = _required("Real.__lt__")
    __le__ = _required("Real.__le__")

    # A real number answers Complex's questions itself.
    def __complex__(self):
        as_float = float(self)
        return complex(as_float)

    real = property(_plus_self, doc="The number itself (as +self).")
    imag = property(_constant(0), doc="Always 0.")

    def conjugate(self):
        return +self


class Rational(Real):
    """A Real held as numerator / denominator in lowest terms."""

    __slots__ = ()

    numerator = _required_property("Rational.numerator")
    denominator = _required_property("Rational.denominator")

    def __float__(self):
        # True division of the two ints is correctly rounded even when
        # either is too big for a float on its own.
        top, bottom = int(self.numerator), int(self.denominator)
        return top / bottom


class Integral(Rational):
    """A Rational with no fractional part: int(), index use, pow() with a
    modulus, shifts and the bitwise operators (int is one)."""

    __slots__ = ()

    __int__ = _required("Integral.__int__", "")

    def __index__(self):
        return int(self)

    __pow__ = _required("Integral.__pow__", "exponent, modulus")
    __lshift__ = _required("Integral.__lshift__")
    __rlshift__ = _required("Integral.__rlshift__")
    __rshift__ = _required("Integral.__rshift__")
    __rrshift__ = _required("Integral.__rrshift__")
    __and__ = _required("Integral.__and__")
    __rand__ = _required("Integral.__rand__")
    __xor__ = _required("Integral.__xor__")
    __rxor__ = _required("Integral.__rxor__")
    __or__ = _required("Integral.__or__")
    __ror__ = _required("Integral.__ror__")
    __invert__ = _required("Integral.__invert__", "")

    # An integer answers Rational's questions itself.
    def __float__(self):
        as_int = int(self)
        return float(as_int)

    numerator = property(_plus_self, doc="The integer itself (as +self).")
    denominator = property(_constant(1), doc="Always 1.")


for _kind, _builtin in ((Complex, complex), (Real, float), (Integral, int)):
    _kind.register(_builtin)
# The helpers are not part of the module's namespace, as in CPython's.
del _kind, _builtin, _required, _required_property, _plus_self, _constant
