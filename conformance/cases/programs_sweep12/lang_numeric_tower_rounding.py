from fractions import Fraction
from decimal import Decimal, ROUND_HALF_UP, ROUND_FLOOR, ROUND_CEILING, ROUND_DOWN
import math

values = [2.5, 3.5, -2.5, 0.125, 1.005, 2.675, -0.0]
print([round(v) for v in values])
print([round(v, 2) for v in values])
print([math.floor(v) for v in values], [math.ceil(v) for v in values], [math.trunc(v) for v in values])
print([Decimal(str(v)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) for v in values])
for mode in (ROUND_FLOOR, ROUND_CEILING, ROUND_DOWN):
    print(mode, [str(Decimal("-1.25").quantize(Decimal("0.1"), rounding=mode)), str(Decimal("1.25").quantize(Decimal("0.1"), rounding=mode))])
print(Fraction(5, 2).__round__(), round(Fraction(7, 2)), round(Fraction(22, 7), 3), math.floor(Fraction(-7, 2)))
print(1 / 3 + 1 / 3 + 1 / 3 == 1, 0.1 * 3 == 0.3, math.isclose(0.1 * 3, 0.3), abs(-7), abs(-2.5), abs(3 - 4j))
print(7 // 2, -7 // 2, 7 // -2, 7.0 // 2, 7 % 2, -7 % 2, 7 % -2, math.fmod(-7, 2), math.remainder(7, 2))
print(int(2.9), int(-2.9), int("42"), float("1e3"), float(" -inf "), complex(1, 2).conjugate())
print(2 ** 0.5, 10 ** -2, (-8) ** (1 / 3), pow(2, 10, 1000), pow(2.0, 3), (-1) ** 0.5)
print(3 + True, True + True, 1.0 * 3, 1 + 2j + 1.5, Fraction(1, 3) + 1, Fraction(1, 2) + 0.25, Decimal(1) + 1)
try:
    Decimal(1) + 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    Fraction(1, 3) + Decimal(1)
except TypeError as e:
    print("TypeError:", e)
print(float(Fraction(1, 3)), Fraction(0.75), Fraction(Decimal("0.1")), Decimal(Fraction(1, 4).numerator) / 4)
print(math.inf > 10 ** 400, math.nan != math.nan, math.isfinite(1e308 * 10), (10 ** 400) / 10 ** 399)
print(f"{math.pi:.20f}", f"{math.e:.3e}", f"{1 / 7:.30f}", float.hex(0.1), (0.1).as_integer_ratio())
print(sum([0.1] * 10), math.fsum([0.1] * 10), 1e308 + 1e308, -1e308 * 10, 5e-324 / 2)
