from fractions import Fraction
from decimal import Decimal, localcontext, Context, ROUND_HALF_EVEN, getcontext
import decimal, datetime, calendar, statistics, math
for c in [lambda: f"{Fraction(1, 3):.2f}", lambda: format(Decimal("1.255"), ".2f"), lambda: format(Decimal("1234567.5"), ",.1f"),
          lambda: format(Decimal("0.000012"), "e"), lambda: format(Decimal("12"), "%"), lambda: format(Decimal("-0"), "z.2f"),
          lambda: Decimal("1") / Decimal("7"), lambda: Decimal(1).exp(), lambda: Decimal(2).ln(), lambda: Decimal(100).log10(),
          lambda: Decimal("1.5").to_integral_value(), lambda: Decimal("123.456").scaleb(2), lambda: Decimal("5").compare(3),
          lambda: Decimal("1.30").quantize(Decimal("1e-1")), lambda: Decimal(3).max(Decimal(5)), lambda: Decimal("inf") > 10**100,
          lambda: Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), lambda: Decimal(1.1), lambda: Decimal((0, (1, 2), -1)),
          lambda: Decimal("12.3400").normalize(), lambda: Decimal("-7") % Decimal("3"), lambda: divmod(Decimal(-7), 3),
          lambda: Decimal("2") ** Decimal("0.5"), lambda: Decimal("1e-30") * 1, lambda: int(Decimal("-3.9")), lambda: float(Decimal("1.1")),
          lambda: Decimal("3.0") == 3.0, lambda: hash(Decimal("3.0")) == hash(3), lambda: Decimal("NaN") == Decimal("NaN"),
          lambda: Decimal("sNaN") + 1, lambda: Decimal("1") < Decimal("NaN"), lambda: sorted([Decimal("1.1"), 1, 0.5]),
          lambda: Decimal(5).is_signed(), lambda: Decimal("-5").sqrt(), lambda: Decimal("1.23").adjusted(), lambda: round(Decimal("1.2345"), 2),
          lambda: Fraction(7, 3).__floor__(), lambda: Fraction(-7, 3) // 1, lambda: Fraction(7, 3) % 1, lambda: divmod(Fraction(7, 3), Fraction(1, 2)),
          lambda: Fraction(Decimal("0.25")), lambda: Fraction(1, 3) + 0.5, lambda: Fraction(1, 3) + Decimal(1), lambda: Fraction(1, 2) == Decimal("0.5"),
          lambda: Fraction(3, 1), lambda: str(Fraction(3, 1)), lambda: Fraction(2, 3).as_integer_ratio(), lambda: Fraction("  -3/4 "), lambda: Fraction("1e-2"),
          lambda: hash(Fraction(1, 2)) == hash(0.5), lambda: Fraction(1, 3) ** 0.5, lambda: (-Fraction(8)) ** Fraction(1, 3), lambda: abs(Fraction(-1, 2)),
          lambda: math.floor(Fraction(-1, 2)), lambda: int(Fraction(-7, 2)), lambda: Fraction(10, 4).limit_denominator(1), lambda: Fraction(0, 5)]:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / 3, ctx.prec)
    ctx.rounding = decimal.ROUND_UP
    print(Decimal(2) / 3)
print(getcontext().prec, Context(prec=3).divide(Decimal(1), Decimal(7)))
print(calendar.isleap(2100), calendar.monthrange(2024, 2), calendar.weekday(2024, 1, 1), calendar.month_name[3], list(calendar.day_abbr)[:2])
print(calendar.month(2024, 2))
