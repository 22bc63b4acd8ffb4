from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, InvalidOperation, localcontext, getcontext, DivisionByZero
from fractions import Fraction

prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.333"), Decimal("100")]
subtotal = sum(prices)
tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(subtotal, tax, subtotal + tax, repr(subtotal + tax))
for x in ["2.675", "2.665", "-2.675", "0.005", "1.005"]:
    d = Decimal(x)
    print(x, d.quantize(Decimal("0.01")), d.quantize(Decimal("0.01"), ROUND_HALF_UP), d.quantize(Decimal("0.01"), ROUND_DOWN), d.quantize(Decimal("0.1"), ROUND_CEILING))
split = Decimal("100.00") / 3
print(split, split.quantize(Decimal("0.01")), Decimal("100.00") - 2 * split.quantize(Decimal("0.01")))
print(Decimal(0.1), Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), Decimal("1.10") * 3, Decimal("3.0") / Decimal("2"))
print(Decimal("1e3"), Decimal("1E+3").normalize(), Decimal("100").normalize(), Decimal("0.000"), Decimal("-0"), Decimal("1.2300").normalize())
print(Decimal("7") // Decimal("-2"), Decimal("7") % Decimal("-2"), divmod(Decimal("7.5"), 2), -Decimal("7") // 2)
print(Decimal(2).sqrt(), Decimal(10).ln(), Decimal("1.5").exp(), Decimal(1000).log10(), Decimal(2) ** 10, Decimal("2") ** Decimal("0.5"))
print(round(Decimal("2.5")), round(Decimal("3.5")), round(Decimal("2.567"), 2), int(Decimal("-3.9")), float(Decimal("0.1")))
print(Decimal("12.345").as_tuple(), Decimal("12.345").as_integer_ratio(), Decimal("-1.5").copy_abs(), Decimal("5").compare(Decimal("6")))
print(f"{Decimal('1234567.891'):,.2f}", f"{Decimal('0.5'):.0%}", f"{Decimal('1.5'):>10}", f"{Decimal('3.14159'):.3}", f"{Decimal('12'):e}")
print(Decimal("NaN"), Decimal("-Infinity"), Decimal("sNaN").is_snan(), Decimal("NaN").is_nan(), Decimal("inf") > 10**100)
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__name__, e.args[0][0].__name__ if isinstance(e.args[0], list) else e.args)
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print("DivisionByZero", issubclass(type(e), ZeroDivisionError), isinstance(e, ArithmeticError))
try:
    Decimal("1.1").quantize(Decimal("1e-30"))
except InvalidOperation as e:
    print("InvalidOperation quantize")
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / 7, Decimal("123456789") + 1)
    ctx.rounding = ROUND_DOWN
    print(Decimal(2) / 3)
print(Decimal(1) / 7, getcontext().prec, getcontext().rounding)
print(Decimal("1.50") == Decimal("1.5"), hash(Decimal("1.5")) == hash(1.5), Decimal(3) == 3, Decimal("0.5") < 0.6, Decimal("2") == Fraction(2))
try:
    Decimal("1.5") + 1.5
except TypeError as e:
    print("TypeError", e)
print(max(prices), sorted(prices), sum(prices, Decimal("0")) / len(prices))
f = Fraction(3, 4) + Fraction("1/6") - Fraction(0.5)
print(f, f.numerator, f.denominator, float(f), Fraction("2.75"), Fraction(Decimal("0.125")), Fraction(1, 3) ** 2, Fraction(-7, 3) // 1, Fraction(7, 3) % 1)
print(Fraction(1, 3).limit_denominator(10), Fraction(3.14159).limit_denominator(100), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 2))
print(repr(Fraction(6, -4)), str(Fraction(5)), Fraction(1, 3) < 0.34, Fraction(1, 2) == 0.5, f"{float(Fraction(1, 3)):.4f}", Fraction(2, 3).as_integer_ratio())
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    Fraction("1/x")
except ValueError as e:
    print("ValueError", e)
print(Decimal("1.23E-7"), Decimal("0.0000001"), Decimal("123E+5"), str(Decimal("1E-7") * 1), Decimal("0.1") * Decimal("0.1"))
print(Decimal(10) ** -2, Decimal("5.5").to_integral_value(), Decimal("-5.5").to_integral_value(ROUND_HALF_UP), Decimal("1234.5").adjusted())
print(Decimal.from_float(0.25), Decimal((0, (1, 2, 3), -2)), Decimal(" 42 "), Decimal("1_000.5"))
