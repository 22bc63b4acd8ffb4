import random
import math
from collections import Counter

rng = random.Random(2025)


def walk(steps):
    x = y = 0
    maxd = 0.0
    for _ in range(steps):
        dx, dy = rng.choice(((1, 0), (-1, 0), (0, 1), (0, -1)))
        x, y = x + dx, y + dy
        maxd = max(maxd, math.hypot(x, y))
    return x, y, maxd


results = [walk(400) for _ in range(200)]
dists = [math.hypot(x, y) for x, y, _ in results]
print(f"mean end distance {sum(dists) / len(dists):.3f} (sqrt(n) = {math.sqrt(400):.1f})")
print(f"rms {math.sqrt(sum(d * d for d in dists) / len(dists)):.3f}")
print(f"max excursion {max(m for *_, m in results):.3f}")
quadrants = Counter((x > 0) - (x < 0) + 3 * ((y > 0) - (y < 0)) for x, y, _ in results)
print(sorted(quadrants.items()))
returns = sum(1 for x, y, _ in results if x == 0 and y == 0)
print("returned to origin:", returns)
coin = [rng.random() < 0.5 for _ in range(1000)]
longest = cur = 0
for a, b in zip(coin, coin[1:]):
    cur = cur + 1 if a == b else 0
    longest = max(longest, cur + 1)
print("heads", sum(coin), "longest run", longest)
