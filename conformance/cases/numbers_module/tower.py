# The numeric tower: registrations of int, bool, float, complex, Fraction.
import numbers
from fractions import Fraction

values = [3, True, 2.5, 1j, Fraction(1, 3), "3", None, [1]]
for v in values:
    print(repr(v), [isinstance(v, t) for t in
                    (numbers.Number, numbers.Complex, numbers.Real,
                     numbers.Rational, numbers.Integral)])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational))
print(issubclass(bool, numbers.Number), issubclass(complex, numbers.Real))
print(issubclass(Fraction, numbers.Rational), issubclass(Fraction, numbers.Integral))
print(issubclass(numbers.Integral, numbers.Rational), issubclass(numbers.Real, numbers.Integral))
print(issubclass(numbers.Integral, numbers.Number), issubclass(numbers.Number, numbers.Complex))
print(numbers.Number, numbers.Integral, sorted(numbers.__all__))
print(numbers.Number.__hash__)

def kind(x):
    if isinstance(x, numbers.Integral):
        return "integral"
    if isinstance(x, numbers.Rational):
        return "rational"
    if isinstance(x, numbers.Real):
        return "real"
    if isinstance(x, numbers.Complex):
        return "complex"
    return "not a number"

print([kind(x) for x in (7, False, Fraction(2, 4), 0.1, 2 + 3j, "x")])
