# int/float/round/floor/ceil/trunc, str and repr, limit_denominator.
import math
from fractions import Fraction as F

for v in [F(7, 2), F(-7, 2), F(5, 2), F(-5, 2), F(1, 3), F(-2, 3), F(9), F(0), F(10**25 + 1, 10**5)]:
    print(repr(v), str(v), int(v), math.floor(v), math.ceil(v), math.trunc(v), round(v),
          float(v), complex(v))
print(type(round(F(7, 2))).__name__, type(math.floor(F(7, 2))).__name__)
for nd in [-2, -1, 0, 1, 2, 3]:
    print(nd, repr(round(F(12345, 100), nd)), repr(round(F(-12355, 1000), nd)), repr(round(F(5, 2), nd)))
print(float(F(10**400, 10**399)), float(F(1, 3)), float(F(-2**1100, 3**600)))
print(F('3.141592653589793').limit_denominator(10), F('3.141592653589793').limit_denominator(100))
print(F(4321, 8765).limit_denominator(10000), F(math.pi).limit_denominator(), F(1, 3).limit_denominator(2))
print(F(3, 2).limit_denominator(1), F(5, 2).limit_denominator(1), F(-5, 2).limit_denominator(1))
print(F(0.1).limit_denominator(1000), F(math.e).limit_denominator(1000), F(-math.sqrt(2)).limit_denominator(50))
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print('ValueError', e)
print(f'{F(3, 4)}', '%s and %r' % (F(3, 4), F(3, 4)), [F(1, 2), F(4)], str(F(-8, 4)))
print(format(F(3, 4)), format(F(3, 4), ''), F(3, 4).__round__(), F(5, 7).__round__(1))
print(F(3, 4).__floor__(), F(3, 4).__ceil__(), F(3, 4).__trunc__(), F(-3, 4).__int__())
import copy
f = F(2, 3)
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.copy(f) == f)
print(math.isclose(F(1, 3), 1 / 3), math.sqrt(F(9, 4)), math.fsum([F(1, 3), F(2, 3)]), math.isfinite(F(1, 7)))
