from collections import defaultdict, Counter
from itertools import groupby
from operator import itemgetter

rows = [("fruit", "apple", 3), ("veg", "kale", 1), ("fruit", "pear", 5), ("dairy", "milk", 2),
        ("veg", "leek", 4), ("fruit", "plum", 1)]
g1 = {}
for cat, name, n in rows:
    g1.setdefault(cat, []).append(name)
g2 = defaultdict(list)
for cat, name, n in rows:
    g2[cat].append(name)
g3 = {k: [r[1] for r in grp] for k, grp in groupby(sorted(rows), key=itemgetter(0))}
print(g1, dict(g2) == g1, g3)
totals = Counter()
for cat, _, n in rows:
    totals[cat] += n
print(totals, totals.total(), sorted(totals.elements())[:4])
inverted = {name: cat for cat, names in g1.items() for name in names}
print(inverted)
nested = defaultdict(lambda: defaultdict(int))
for cat, name, n in rows:
    nested[cat][name[0]] += n
print({k: dict(v) for k, v in nested.items()})
print(dict(sorted(g1.items(), key=lambda kv: len(kv[1]), reverse=True)))
merged = {**{"a": 1, "b": 2}, **{"b": 3}}
merged |= {"c": 4}
print(merged, {k: v for k, v in merged.items() if v % 2}, dict(zip("abc", range(3))), dict.fromkeys("xy", 0))
