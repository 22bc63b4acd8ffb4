# Building Fractions from ints, pairs, strings, floats and other Fractions.
from fractions import Fraction

print(Fraction(), Fraction(7), Fraction(-3))
print(repr(Fraction(10, -8)), repr(Fraction(-10, -8)), repr(Fraction(0, -5)))
print(Fraction(Fraction(1, 7), 5), Fraction(Fraction(1, 7), Fraction(2, 3)))
print(Fraction(3, Fraction(9, 4)), Fraction(True), Fraction(True, 2), Fraction(6, True))
print(Fraction(2**100, 6**50))

for s in ['314', '-35/4', '3.1415', '-47e-2', ' -1.5e3 ', '+7/21', '1_000/3_0',
          '.5', '5.', '1E+2', '0.000_1', '\t12\n', '-0', '00012/0004', '1.5e-3',
          '2.5E3', '123_456.789_012']:
    f = Fraction(s)
    print(repr(s), repr(f), str(f))

for x in [0.5, 1.47, 2.25, -0.1, 1e-5, 0.0, -0.0, 1e300, 5e-324]:
    f = Fraction(x)
    print(x, f.numerator.bit_length(), f.denominator.bit_length(), f == x)
print(repr(Fraction(1.47)), repr(Fraction(2.25)))

f = Fraction(6, 4)
print(f.numerator, f.denominator, f.as_integer_ratio(), f.real, f.imag, f.conjugate())
print(type(f.numerator).__name__, type(Fraction(True).numerator).__name__)
print(Fraction.from_float(0.3), Fraction.from_float(0.3) == Fraction(3, 10))
print(Fraction.from_float(5), repr(Fraction.from_float(True)))
print(Fraction.from_decimal(4), Fraction(Fraction('7/3')))

class Half(Fraction):
    pass

h = Half(1, 2)
print(repr(h), type(h).__name__, type(+h).__name__, type(h + 1).__name__)
print(repr(Half.from_float(0.75)), isinstance(Half(3), Fraction))
print(Fraction, type(h), Fraction.__name__, Fraction.__module__)
