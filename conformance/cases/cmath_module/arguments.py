# cmath's argument checks: counts, keywords, and the conversions of
# PyComplex_AsCComplex and PyFloat_AsDouble, with CPython's messages.
import cmath
from fractions import Fraction
from decimal import Decimal


class ComplexInt:
    def __complex__(self):
        return 1


class FloatStr:
    def __float__(self):
        return 'x'


class IndexFloat:
    def __index__(self):
        return 1.5


class Index:
    def __index__(self):
        return 7


class Both:
    def __complex__(self):
        return 1j

    def __float__(self):
        return 2.0


class Sub(complex):
    @property
    def real(self):
        return 99.0


tests = [
    ('sqrt(1, 2)', lambda: cmath.sqrt(1, 2)),
    ('sqrt()', lambda: cmath.sqrt()),
    ('sqrt(z=1)', lambda: cmath.sqrt(z=1)),
    ('exp(1, z=1)', lambda: cmath.exp(1, z=1)),
    ('phase()', lambda: cmath.phase()),
    ('isnan(1, 2)', lambda: cmath.isnan(1, 2)),
    ('rect(1j, 1)', lambda: cmath.rect(1j, 1)),
    ('rect(1, 1j)', lambda: cmath.rect(1, 1j)),
    ('rect(1)', lambda: cmath.rect(1)),
    ('rect(1, 2, 3)', lambda: cmath.rect(1, 2, 3)),
    ('rect(r=1, phi=2)', lambda: cmath.rect(r=1, phi=2)),
    ("rect('a', 1)", lambda: cmath.rect('a', 1)),
    ('rect(None, None)', lambda: cmath.rect(None, None)),
    ('rect(Index(), Fraction(1, 2))', lambda: cmath.rect(Index(), Fraction(1, 2))),
    ("sqrt('1')", lambda: cmath.sqrt('1')),
    ('sqrt(None)', lambda: cmath.sqrt(None)),
    ('sqrt([1])', lambda: cmath.sqrt([1])),
    ('sqrt(ComplexInt())', lambda: cmath.sqrt(ComplexInt())),
    ('sqrt(FloatStr())', lambda: cmath.sqrt(FloatStr())),
    ('sqrt(IndexFloat())', lambda: cmath.sqrt(IndexFloat())),
    ('sqrt(Index())', lambda: cmath.sqrt(Index())),
    ('sqrt(Both())', lambda: cmath.sqrt(Both())),
    ('sqrt(Sub(4))', lambda: cmath.sqrt(Sub(4))),
    ("sqrt(Decimal('2.25'))", lambda: cmath.sqrt(Decimal('2.25'))),
    ('sqrt(10**400)', lambda: cmath.sqrt(10**400)),
    ('rect(10**400, 1)', lambda: cmath.rect(10**400, 1)),
    ("log(1, 'a')", lambda: cmath.log(1, 'a')),
    ("log('a', 'b')", lambda: cmath.log('a', 'b')),
    ('log(1, 2, 3)', lambda: cmath.log(1, 2, 3)),
    ('log()', lambda: cmath.log()),
    ('log(z=1)', lambda: cmath.log(z=1)),
    ('log(0)', lambda: cmath.log(0)),
    ('log(0, 2)', lambda: cmath.log(0, 2)),
    ('log(2, 0)', lambda: cmath.log(2, 0)),
    ('log(2, 1)', lambda: cmath.log(2, 1)),
    ("log(0, 'a')", lambda: cmath.log(0, 'a')),
    ('log10(0)', lambda: cmath.log10(0)),
    ('isclose(1)', lambda: cmath.isclose(1)),
    ('isclose()', lambda: cmath.isclose()),
    ('isclose(1, 2, 3)', lambda: cmath.isclose(1, 2, 3)),
    ("isclose(1, 'a')", lambda: cmath.isclose(1, 'a')),
    ("isclose('a', 'b', rel_tol=1j)", lambda: cmath.isclose('a', 'b', rel_tol=1j)),
    ("isclose(1, 1, rel_tol='a')", lambda: cmath.isclose(1, 1, rel_tol='a')),
    ('isclose(1, 1, abs_tol=1j)', lambda: cmath.isclose(1, 1, abs_tol=1j)),
    ('isclose(1, 1, rel_tol=None)', lambda: cmath.isclose(1, 1, rel_tol=None)),
    ('isclose(1, 1, foo=1)', lambda: cmath.isclose(1, 1, foo=1)),
    ('isclose(1, 2, a=1)', lambda: cmath.isclose(1, 2, a=1)),
    ('isclose(1, a=1)', lambda: cmath.isclose(1, a=1)),
    ('isclose(a=1, b=2)', lambda: cmath.isclose(a=1, b=2)),
    ('isclose(1, b=1.0000000001)', lambda: cmath.isclose(1, b=1.0000000001)),
    ('isclose(1, 1.1, rel_tol=0.2)', lambda: cmath.isclose(1, 1.1, rel_tol=0.2)),
    ('isclose(1, 1.1, abs_tol=-1)', lambda: cmath.isclose(1, 1.1, abs_tol=-1)),
    ('isclose(1, 1, rel_tol=Index())', lambda: cmath.isclose(1, 1, rel_tol=Index())),
    ("phase('a')", lambda: cmath.phase('a')),
    ('polar(None)', lambda: cmath.polar(None)),
    ('polar(complex(1e308, 1e308))', lambda: cmath.polar(complex(1e308, 1e308))),
    ('phase(complex(2.5, 5e-324))', lambda: cmath.phase(complex(2.5, 5e-324))),
    ('phase(complex(1e300, -1e-300))', lambda: cmath.phase(complex(1e300, -1e-300))),
    ('phase(complex(1.0, 5e-324))', lambda: cmath.phase(complex(1.0, 5e-324))),
]
for text, f in tests:
    try:
        print(text, '->', f())
    except Exception as e:
        print(text, '->', type(e).__name__, e)
