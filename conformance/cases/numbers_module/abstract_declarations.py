# The declarations of the numeric tower, reached directly: their names,
# parameters, what calling them does, and the derived operations each level
# supplies.
import inspect
import numbers


def attempt(label, thunk):
    try:
        result = thunk()
    except Exception as e:
        print(label, "raises", type(e).__name__, repr(str(e)))
    else:
        print(label, "returns", repr(result))


for cls in (numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    for name in sorted(cls.__abstractmethods__):
        member = cls.__dict__.get(name)
        if member is None:
            continue
        func = member.fget if isinstance(member, property) else member
        print(cls.__name__, name, func.__qualname__, inspect.signature(func))

attempt("Complex.__add__(1, 2)", lambda: numbers.Complex.__add__(1, 2))
attempt("Complex.__add__(1)", lambda: numbers.Complex.__add__(1))
attempt("Complex.__neg__(1, 2)", lambda: numbers.Complex.__neg__(1, 2))
attempt("Complex.__complex__(1)", lambda: numbers.Complex.__complex__(1))
attempt("Complex.real.fget(1)", lambda: numbers.Complex.real.fget(1))
attempt("Real.__round__(1.5)", lambda: numbers.Real.__round__(1.5))
attempt("Real.__round__(ndigits=2)", lambda: numbers.Real.__round__(ndigits=2))
attempt("Integral.__pow__(2, 3, 5)", lambda: numbers.Integral.__pow__(2, 3, 5))
attempt("Integral.__pow__(2)", lambda: numbers.Integral.__pow__(2))
attempt("Integral.__and__(2, x=1)", lambda: numbers.Integral.__and__(2, x=1))
attempt("Rational.numerator.fget(3)", lambda: numbers.Rational.numerator.fget(3))

# The operations a level derives from the abstract ones, run on built-ins.
attempt("Complex.__sub__(5, 2)", lambda: numbers.Complex.__sub__(5, 2))
attempt("Complex.__rsub__(5, 2)", lambda: numbers.Complex.__rsub__(5, 2))
attempt("Complex.__bool__(0j)", lambda: numbers.Complex.__bool__(0j))
attempt("Real.__divmod__(7.5, 2)", lambda: numbers.Real.__divmod__(7.5, 2))
attempt("Real.__rdivmod__(2, 7.5)", lambda: numbers.Real.__rdivmod__(2, 7.5))
attempt("Real.__divmod__(1, 0)", lambda: numbers.Real.__divmod__(1, 0))
attempt("Real.__complex__(-0.0)", lambda: numbers.Real.__complex__(-0.0))
attempt("Real.real.fget(2.5)", lambda: numbers.Real.real.fget(2.5))
attempt("Real.imag.fget(2.5)", lambda: numbers.Real.imag.fget(2.5))
attempt("Real.conjugate(True)", lambda: numbers.Real.conjugate(True))
attempt("Rational.__float__(True)", lambda: numbers.Rational.__float__(True))
attempt("Integral.__float__(2**60 + 1)", lambda: numbers.Integral.__float__(2**60 + 1))
attempt("Integral.__index__(True)", lambda: numbers.Integral.__index__(True))
attempt("Integral.numerator.fget(False)", lambda: numbers.Integral.numerator.fget(False))
attempt("Integral.denominator.fget(7)", lambda: numbers.Integral.denominator.fget(7))
attempt("Real.__complex__('x')", lambda: numbers.Real.__complex__('x'))


class Huge(numbers.Rational):
    """Only what Rational.__float__ reads is meaningful here."""
    numerator = 10 ** 400 + 1
    denominator = 3 * 10 ** 399

    def __abs__(self): pass
    def __add__(self, other): pass
    def __ceil__(self): pass
    def __eq__(self, other): pass
    def __floor__(self): pass
    def __floordiv__(self, other): pass
    def __le__(self, other): pass
    def __lt__(self, other): pass
    def __mod__(self, other): pass
    def __mul__(self, other): pass
    def __neg__(self): pass
    def __pos__(self): pass
    def __pow__(self, exponent): pass
    def __radd__(self, other): pass
    def __rfloordiv__(self, other): pass
    def __rmod__(self, other): pass
    def __rmul__(self, other): pass
    def __round__(self, ndigits=None): pass
    def __rpow__(self, base): pass
    def __rtruediv__(self, other): pass
    def __truediv__(self, other): pass
    def __trunc__(self): pass


attempt("float(Huge())", lambda: float(Huge()))
attempt("complex(Huge())", lambda: complex(Huge()))
attempt("hash(Huge())", lambda: hash(Huge()))
attempt("Huge.__hash__", lambda: Huge.__hash__)
