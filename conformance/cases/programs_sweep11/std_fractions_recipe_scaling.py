from fractions import Fraction

recipe = {"flour": "2 1/4", "sugar": "3/4", "butter": "1", "eggs": "2", "vanilla": "1/2", "salt": "1/8"}


def parse_qty(s):
    total = Fraction(0)
    for part in s.split():
        total += Fraction(part)
    return total


def fmt_qty(f):
    whole, rem = divmod(f.numerator, f.denominator)
    if rem == 0:
        return str(whole)
    frac = f"{rem}/{f.denominator}"
    return f"{whole} {frac}" if whole else frac


for factor in [Fraction(1, 2), Fraction(3, 2), 3]:
    scaled = {k: parse_qty(v) * factor for k, v in recipe.items()}
    print(f"x{factor}:", ", ".join(f"{k}={fmt_qty(v)}" for k, v in scaled.items()))
total = sum(parse_qty(v) for v in recipe.values())
print(total, float(total), fmt_qty(total), total.limit_denominator(4), round(total, 1), round(total))
print(Fraction(3, 4) > Fraction(2, 3), Fraction(1, 3) + Fraction(1, 6) == Fraction(1, 2), Fraction(5, 10).denominator)
