from fractions import Fraction
from itertools import product
from collections import Counter

dist = Counter(sum(r) for r in product(range(1, 7), repeat=3))
total = 6 ** 3
for s in sorted(dist):
    p = Fraction(dist[s], total)
    print(f"{s:2} {str(p):>7} {float(p):.4f} {'*' * dist[s]}")
ev = sum(Fraction(s * n, total) for s, n in dist.items())
var = sum(Fraction(n, total) * (s - ev) ** 2 for s, n in dist.items())
print("E =", ev, "Var =", var)
at_least_15 = sum(Fraction(n, total) for s, n in dist.items() if s >= 15)
print("P(>=15) =", at_least_15)
yahtzee = Fraction(6, 6 ** 5)
print("P(yahtzee in one roll) =", yahtzee, "=", f"{float(yahtzee):.6f}")
