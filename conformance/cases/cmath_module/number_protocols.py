# cmath takes anything with __complex__, __float__ or __index__, as
# CPython's PyComplex_AsCComplex does, and names the type of anything else.
import cmath
from decimal import Decimal
from fractions import Fraction


class Half:
    def __float__(self):
        return 0.5


class Two:
    def __index__(self):
        return 2


class Unit:
    def __complex__(self):
        return 1j


print(cmath.sqrt(Decimal('4')), cmath.sqrt(Fraction(9, 4)), cmath.sqrt(Half()), cmath.sqrt(Two()))
print(cmath.phase(Unit()), cmath.isclose(Decimal('1.0'), Fraction(1)), cmath.isclose(Unit(), 1j))
for bad in ('1', None, [1]):
    try:
        cmath.exp(bad)
    except TypeError as e:
        print('TypeError', e)
