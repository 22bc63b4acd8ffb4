from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, getcontext
from fractions import Fraction

prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10")]
total = sum(prices)
print(total, total * 3, total / 3, (total / 3).quantize(Decimal("0.01")))
print(Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("2.679").quantize(Decimal("0.1"), ROUND_DOWN))
print(Decimal(0.1), Decimal("1.10") + Decimal("2.2"), Decimal("1e3"), Decimal("-0"), Decimal(10) ** -2)
print(Decimal("3.14159").as_tuple(), Decimal("7").sqrt(), round(Decimal("2.5")), Decimal("1.20").normalize())
print(repr(Decimal("1.5")), str(Decimal("1E+2")), f"{Decimal('1234.5'):,.2f}", Decimal("5") % 3, Decimal(-7) // 2)
print(getcontext().prec)
for bad in [lambda: Decimal("abc"), lambda: Decimal(1) / 0, lambda: Decimal("1.5") + 1.5]:
    try:
        bad()
    except (InvalidOperation, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
f = Fraction(3, 4)
print(f + Fraction(1, 6), f * 2, f / 3, f ** 2, -f, Fraction("2/6"), Fraction(0.5), Fraction("1.25"))
print(Fraction(1, 3).limit_denominator(10), Fraction(355, 113).numerator, float(Fraction(1, 8)), round(Fraction(7, 2)))
print(Fraction(1, 3) < 0.34, Fraction(2, 4) == 0.5, repr(Fraction(5, 10)), f"{Fraction(1, 3)}", sum(Fraction(1, n) for n in range(1, 5)))
for bad in [lambda: Fraction(1, 0), lambda: Fraction("x"), lambda: Fraction(1.5, 2)]:
    try:
        bad()
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
