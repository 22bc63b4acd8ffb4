# The numeric types' places in the numbers ABCs: Decimal is registered as a
# Number only, as CPython's decimal module registers it.
import decimal
import fractions
import numbers

abcs = (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)
for t in (int, bool, float, complex, decimal.Decimal, fractions.Fraction):
    print(t.__name__, [issubclass(t, a) for a in abcs], isinstance(t(1), numbers.Number))


class D(decimal.Decimal):
    pass


print([isinstance(D(1), a) for a in abcs])
