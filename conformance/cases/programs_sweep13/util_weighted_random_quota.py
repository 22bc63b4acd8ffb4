import random
from collections import Counter
from statistics import mean, pstdev

rng = random.Random(1234)
servers = {"a": 5, "b": 3, "c": 1, "d": 1}
names, weights = zip(*servers.items())
picks = Counter(rng.choices(names, weights=weights, k=1000))
print(sorted(picks.items()))
print({k: round(v / 1000, 2) for k, v in sorted(picks.items())})
samples = [rng.gauss(100, 15) for _ in range(500)]
print(round(mean(samples), 3), round(pstdev(samples), 3))
buckets = Counter(int(s // 10 * 10) for s in samples)
for b in sorted(buckets):
    print(f"{b:4}-{b + 9:<4} {'*' * (buckets[b] // 5)}")
team = ["ann", "bob", "cy", "dee", "eve", "fay"]
rng.shuffle(team)
print("pairs:", [tuple(team[i:i + 2]) for i in range(0, len(team), 2)])
print("lottery:", sorted(rng.sample(range(1, 50), 6)), rng.choice("HT"), round(rng.vonmisesvariate(0, 1), 6))
