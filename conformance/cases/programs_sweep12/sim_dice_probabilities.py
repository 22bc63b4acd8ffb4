from itertools import product
from fractions import Fraction
from collections import Counter
import random


def distribution(n_dice, sides=6):
    counts = Counter(sum(roll) for roll in product(range(1, sides + 1), repeat=n_dice))
    total = sides ** n_dice
    return {s: Fraction(c, total) for s, c in sorted(counts.items())}


two = distribution(2)
for s, p in two.items():
    print(f"{s:>2} {str(p):>5} {float(p):.4f} {'*' * (p * 36).numerator}")
print("P(sum>=10) =", sum(p for s, p in two.items() if s >= 10))
three = distribution(3)
print(max(three, key=three.get), three[10], sum(three.values()))
exp = sum(s * p for s, p in three.items())
print("E[3d6] =", exp, float(exp))
rng = random.Random(1234)
trials = 20000
hits = sum(1 for _ in range(trials) if rng.randint(1, 6) + rng.randint(1, 6) == 7)
print("simulated P(7) ~", round(hits / trials, 3), "exact", two[7])


def yahtzee_prob(rng, rolls=3, trials=5000):
    wins = 0
    for _ in range(trials):
        keep = []
        for _ in range(rolls):
            dice = keep + [rng.randint(1, 6) for _ in range(5 - len(keep))]
            value, count = Counter(dice).most_common(1)[0]
            keep = [value] * count
            if count == 5:
                wins += 1
                break
    return wins / trials


print("yahtzee ~", yahtzee_prob(random.Random(9)))
