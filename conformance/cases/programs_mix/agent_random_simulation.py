import random
import statistics
from collections import Counter

random.seed(42)
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
hands = [deck[i::4][:5] for i in range(4)]
for i, h in enumerate(hands, 1):
    print(f"player {i}: {' '.join(h)}")
print(random.choice(deck), random.sample(range(100), 5), random.randint(1, 6))
print(round(random.uniform(10, 20), 6), round(random.gauss(0, 1), 6), round(random.random(), 8))
print(random.choices("abc", weights=[5, 1, 1], k=10), random.randrange(0, 100, 7))
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(1000)]
c = Counter(rolls)
for total in range(2, 13):
    bar = "#" * (c[total] // 10)
    print(f"{total:>2} {c[total]:>4} {bar}")
print("mean", statistics.mean(rolls), "median", statistics.median(rolls), "mode", statistics.mode(rolls))
print("stdev", round(statistics.stdev(rolls), 6), "pvariance", round(statistics.pvariance(rolls), 6))
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + random.choice((-1, 1)))
print(walk)
random.seed("moat")
print(random.random(), random.getrandbits(40))
state = random.getstate()
x = [random.random() for _ in range(3)]
random.setstate(state)
print(x == [random.random() for _ in range(3)])
r = random.Random(7)
print(r.sample(["a", "b", "c", "d"], k=2), r.triangular(0, 10, 3), r.expovariate(2.0))
print(r.betavariate(2, 3), r.normalvariate(5, 2), r.lognormvariate(0, 1))
lst = list(range(10))
r.shuffle(lst)
print(lst, r.choice(lst), r.randbytes(4).hex())
print(statistics.quantiles([1, 3, 4, 7, 9, 12, 15], n=4), statistics.fmean([1.5, 2.5, 3.25]))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.multimode("aabbcd"))
print(statistics.harmonic_mean([40, 60]), statistics.geometric_mean([2, 8]), statistics.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
