from fractions import Fraction

NUTRITION = {  # per 100 g: kcal, protein, fat, carbs
    "oats": (389, 16.9, 6.9, 66.3),
    "milk": (42, 3.4, 1.0, 5.0),
    "banana": (89, 1.1, 0.3, 22.8),
    "honey": (304, 0.3, 0.0, 82.4),
}
recipe = [("oats", 80), ("milk", 250), ("banana", 120), ("honey", 15)]
totals = [0.0] * 4
print(f"{'item':8}{'g':>5}{'kcal':>8}{'prot':>7}{'fat':>6}{'carb':>7}")
for item, grams in recipe:
    row = [v * grams / 100 for v in NUTRITION[item]]
    totals = [a + b for a, b in zip(totals, row)]
    print(f"{item:8}{grams:>5}{row[0]:>8.1f}{row[1]:>7.1f}{row[2]:>6.1f}{row[3]:>7.1f}")
print(f"{'total':8}{sum(g for _, g in recipe):>5}" + "".join(f"{v:>{w}.1f}" for v, w in zip(totals, (8, 7, 6, 7))))
energy = [totals[1] * 4, totals[2] * 9, totals[3] * 4]
share = [round(100 * e / sum(energy)) for e in energy]
print("macro split %:", dict(zip(("protein", "fat", "carbs"), share)))
print("per serving (of 3):", round(totals[0] / 3), "kcal", Fraction(2, 3) * 3, Fraction(totals[0] / 3).limit_denominator(10))
