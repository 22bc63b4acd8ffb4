# int, float, round, math.floor/ceil/trunc, bool, as_integer_ratio, as_tuple.
import math
from decimal import Decimal

for s in ['2.5', '3.5', '-2.5', '-7.9', '7.9', '0.0', '1e3', '123.456', '-0.5']:
    d = Decimal(s)
    print(s, int(d), float(d), round(d), round(d, 1), round(d, -1), math.floor(d), math.ceil(d),
          math.trunc(d), bool(d), d.as_integer_ratio())
print(round(Decimal('2.675'), 2), round(Decimal('-2.567'), 2), round(Decimal('123.456'), -2))
print(float(Decimal('NaN')), float(Decimal('-Infinity')), float(Decimal('1e400')), float(Decimal('1e-400')))
print(Decimal('1.20').as_tuple(), Decimal('-0').as_tuple(), Decimal('NaN').as_tuple(),
      Decimal('-Infinity').as_tuple())
t = Decimal('-3.14').as_tuple()
print(t.sign, t.digits, t.exponent, type(t).__name__)
print(int(Decimal('1e30')), int(Decimal('-12345678901234567890.99')))
print(complex(Decimal('1.5')), Decimal('1.5').real, Decimal('1.5').imag, Decimal(2).conjugate())
for s, f in [('Infinity', int), ('NaN', int), ('Infinity', round), ('NaN', round), ('sNaN', float)]:
    try:
        f(Decimal(s))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(round(Decimal('NaN'), 2))
try:
    round(Decimal('Infinity'), 2)
except ArithmeticError as e:
    print(type(e).__name__, e)
try:
    Decimal('Infinity').as_integer_ratio()
except OverflowError as e:
    print('OverflowError', e)
print('%.2f' % Decimal('2.675'), '{:.3}'.format(Decimal('3.14159')), str(Decimal('7.50')))
