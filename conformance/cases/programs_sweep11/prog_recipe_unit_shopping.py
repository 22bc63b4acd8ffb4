from fractions import Fraction
from collections import defaultdict

TO_TSP = {"tsp": 1, "tbsp": 3, "cup": 48}
recipes = {
    "pancakes": [("flour", "1 1/2", "cup"), ("sugar", "2", "tbsp"), ("salt", "1/2", "tsp"), ("milk", "1 1/4", "cup")],
    "cookies": [("flour", "2 1/4", "cup"), ("sugar", "3/4", "cup"), ("salt", "1", "tsp"), ("butter", "1", "cup")],
}


def qty(text):
    return sum(Fraction(p) for p in text.split())


def best_unit(tsp):
    for unit in ("cup", "tbsp", "tsp"):
        q = tsp / TO_TSP[unit]
        if q >= 1 or unit == "tsp":
            return q, unit


need = defaultdict(Fraction)
for name, items in recipes.items():
    for ing, amount, unit in items:
        need[ing] += qty(amount) * TO_TSP[unit]
for ing, tsp in sorted(need.items()):
    q, unit = best_unit(tsp)
    whole, rem = divmod(q, 1)
    shown = (f"{whole} " if whole else "") + (f"{rem}" if rem else "")
    print(f"{ing:<7}{shown.strip():>8} {unit}")
print(sum(need.values()) / TO_TSP["cup"], float(need["flour"] / 48))
