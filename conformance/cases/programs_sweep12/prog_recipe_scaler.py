from fractions import Fraction
import re

RECIPE = """Pancakes (serves 4)
1 1/2 cups flour
3 1/2 tsp baking powder
1 tbsp sugar
1/4 tsp salt
1 1/4 cups milk
3 tbsp butter
1 egg"""


def parse_qty(s):
    return sum(Fraction(p) for p in s.split())


def fmt_qty(q):
    whole, rem = divmod(q, 1)
    parts = []
    if whole:
        parts.append(str(whole))
    if rem:
        parts.append(f"{rem.numerator}/{rem.denominator}")
    return " ".join(parts) or "0"


def scale(recipe, target):
    title, *lines = recipe.splitlines()
    serves = int(re.search(r"serves (\d+)", title).group(1))
    factor = Fraction(target, serves)
    out = [re.sub(r"serves \d+", f"serves {target}", title)]
    for line in lines:
        m = re.match(r"([\d/ ]+?)\s+([a-z]+)\s*(.*)", line)
        qty, rest = parse_qty(m.group(1)), (m.group(2) + " " + m.group(3)).strip()
        out.append(f"{fmt_qty(qty * factor)} {rest}")
    return "\n".join(out)


print(scale(RECIPE, 6))
print()
print(scale(RECIPE, 2))
print(fmt_qty(Fraction(7, 3)), fmt_qty(Fraction(3)), parse_qty("2 3/4"), float(parse_qty("1 1/8")))
