# math.trunc/floor/ceil/round over ints, floats, Fractions and Decimals,
# and a class that defines all four hooks.
import math
from decimal import Decimal
from fractions import Fraction


class Hooks:
    def __str__(self):
        return "Hooks"

    def __trunc__(self):
        return "trunc"

    def __floor__(self):
        return "floor"

    def __ceil__(self):
        return "ceil"

    def __round__(self, n=None):
        return f"round({n})"


values = [7, -7.5, 2.5, -0.5, Fraction(-7, 2), Fraction(5, 2), Decimal("-2.5"), Decimal("3.5"), Hooks()]
for v in values:
    print(f"{v!s:>12} {math.trunc(v)!s:>6} {math.floor(v)!s:>6} {math.ceil(v)!s:>6} {round(v)!s:>9}")
print(round(Fraction(7, 3), 2), round(Decimal("7.125"), 2), round(2.675, 2), round(-15, -1), round(25, -1))
for bad in (lambda: math.floor("1"), lambda: math.trunc(None), lambda: round("1.5")):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
