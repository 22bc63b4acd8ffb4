from collections import defaultdict

PRICES = {"apple": 0.5, "pear": 0.8}
orders = [("ann", "apple", 3), ("bob", "pear", 2), ("ann", "pear", 1), ("cy", "mango", 4)]
totals = defaultdict(float)
counts = defaultdict(lambda: defaultdict(int))
for who, fruit, qty in orders[:3]:
    totals[who] += PRICES[fruit] * qty
    counts[who][fruit] += qty
print(dict(totals), {k: dict(v) for k, v in counts.items()})
for who, fruit, qty in orders:
    totals[who] += PRICES[fruit] * qty
