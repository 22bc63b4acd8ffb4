from fractions import Fraction
from decimal import Decimal, ROUND_HALF_UP, getcontext, InvalidOperation, localcontext
print(Fraction(3, -6), Fraction("2/4"), Fraction(0.5), Fraction("1.25"), Fraction(1, 3) + Fraction(1, 6), Fraction(7, 3) // 1)
print(Fraction(1, 3).limit_denominator(2), Fraction(355, 113).numerator, float(Fraction(1, 8)), round(Fraction(5, 2)), Fraction(5, 2).__round__(1))
try: Fraction(1, 0)
except ZeroDivisionError as e: print("ZeroDivisionError", e)
try: Fraction("x/2")
except ValueError as e: print("ValueError", e)
price = Decimal("19.995")
print(price.quantize(Decimal("0.01")), price.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("1.10") + Decimal("2.20"))
print(Decimal(0.1), Decimal("1e3").normalize(), Decimal("-0"), Decimal("NaN").is_nan(), Decimal(10) / 3, Decimal("1.0") == 1)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / 7, Decimal("123456789") * 1)
print(getcontext().prec, sum([Decimal("0.1")] * 3) == Decimal("0.3"), Decimal("3.14159").as_tuple())
try: Decimal("abc")
except InvalidOperation as e: print("InvalidOperation", e)
print(f"{Decimal('1234.5'):,.2f}", f"{Fraction(1, 3):.4f}" if hasattr(Fraction, "__format__") else "", Decimal(5).sqrt(), Decimal(2) ** 10)
