import random
from collections import Counter
import math

rng = random.Random(42)
samples = [round(rng.gauss(50, 12)) for _ in range(400)]
bins = Counter((s // 10) * 10 for s in samples)
peak = max(bins.values())
for lo in range(min(bins), max(bins) + 10, 10):
    n = bins.get(lo, 0)
    bar = "█" * round(40 * n / peak)
    print(f"{lo:>3}-{lo + 9:<3} | {bar:<40} | {n:>3}")
mean = sum(samples) / len(samples)
sd = math.sqrt(sum((x - mean) ** 2 for x in samples) / (len(samples) - 1))
print(f"n={len(samples)} mean={mean:.2f} sd={sd:.2f} min={min(samples)} max={max(samples)}")
spark = "▁▂▃▄▅▆▇█"
series = [rng.randint(0, 100) for _ in range(30)]
lo, hi = min(series), max(series)
print("".join(spark[(v - lo) * (len(spark) - 1) // (hi - lo)] for v in series))
print(rng.random(), rng.randint(1, 6), rng.choice(["a", "b"]), rng.sample("abcdefg", 3))
