# Fraction from a Decimal: the constructor and from_decimal convert exactly;
# infinities and NaNs raise as CPython's as_integer_ratio does.
from decimal import Decimal
from fractions import Fraction

for text in ('1.1', '-0', '2.50', '1E+3', '-7.125', '0.000001'):
    d = Decimal(text)
    print(text, Fraction(d), Fraction.from_decimal(d), Fraction(d) == Fraction.from_decimal(d))
print(Fraction.from_decimal(3), Fraction.from_decimal(True))
for text in ('Infinity', '-Infinity', 'NaN', 'sNaN'):
    for make in (Fraction, Fraction.from_decimal):
        try:
            make(Decimal(text))
        except (OverflowError, ValueError) as e:
            print(text, type(e).__name__, e)
for bad in (1.5, '1', None):
    try:
        Fraction.from_decimal(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    Fraction(object())
except TypeError as e:
    print('TypeError', e)
try:
    Fraction(Decimal('1.5'), 2)
except TypeError as e:
    print('TypeError', e)
