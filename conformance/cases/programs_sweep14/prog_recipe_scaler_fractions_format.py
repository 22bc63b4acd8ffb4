# Scale recipes with Fractions, print mixed numbers through __format__,
# and round to kitchen-friendly quarters with __round__.
from fractions import Fraction


class Qty:
    def __init__(self, value, unit):
        self.value, self.unit = Fraction(value), unit

    def __mul__(self, k):
        return Qty(self.value * Fraction(k), self.unit)

    def __round__(self, ndigits=None):
        quarters = round(self.value * 4)
        return Qty(Fraction(quarters, 4), self.unit)

    def __format__(self, spec):
        whole, rest = divmod(self.value, 1)
        text = (f"{whole} " if whole else "") + (f"{rest.numerator}/{rest.denominator}" if rest else "")
        text = (text or "0").strip() + f" {self.unit}"
        return format(text, spec)


recipe = {"flour": Qty(Fraction(9, 4), "cup"),
          "sugar": Qty(Fraction(2, 3), "cup"), "eggs": Qty(2, "egg"), "salt": Qty(Fraction(1, 8), "tsp")}
for factor in (Fraction(1, 2), Fraction(3, 2), 3):
    print(f"x{factor}:")
    for name, q in recipe.items():
        scaled = q * factor
        print(f"  {name:6} {scaled:>14} ~ {round(scaled):>12}")
