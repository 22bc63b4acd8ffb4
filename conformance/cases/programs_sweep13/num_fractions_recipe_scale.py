from fractions import Fraction

recipe = {"flour (cups)": "2 1/4", "sugar (cups)": "3/4", "butter (tbsp)": "10", "vanilla (tsp)": "1 1/2"}


def parse_mixed(text):
    total = Fraction(0)
    for part in text.split():
        total += Fraction(part)
    return total


def show(f):
    whole, rem = divmod(f.numerator, f.denominator)
    if rem == 0:
        return str(whole)
    frac = f"{rem}/{f.denominator}"
    return f"{whole} {frac}" if whole else frac


for factor in (Fraction(1, 2), Fraction(3, 2), Fraction(2, 3)):
    print(f"x{factor}:")
    for item, amount in recipe.items():
        scaled = parse_mixed(amount) * factor
        print(f"  {item:14} {show(scaled):>7}  ({float(scaled):.3f})")
print(Fraction(0.1), Fraction(0.1).limit_denominator(100), Fraction("3.1415").limit_denominator(1000))
print(Fraction(5, 10) == 0.5, Fraction(7, 3) // 1, Fraction(7, 3) % 1, round(Fraction(7, 2)), round(Fraction(5, 2)))
print(sum(Fraction(1, n) for n in range(1, 11)))
print(Fraction(-3, 4).as_integer_ratio(), abs(Fraction(-3, 4)), Fraction(2, 3) ** -2)
