import random

random.seed(42)
print([random.randint(1, 100) for _ in range(10)])
print(random.random(), random.uniform(1.5, 9.5), random.randrange(0, 100, 7), random.randrange(50))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:10])
print(random.choice(deck), random.sample(deck, 5), random.sample(range(1000), 4))
print(random.choices(["a", "b", "c"], weights=[1, 5, 10], k=8), random.choices(range(5), k=3), random.choices("xy", cum_weights=[1, 2], k=4))
print(random.gauss(0, 1), random.gauss(10, 2), random.normalvariate(5, 1), random.expovariate(0.5))
print(random.triangular(0, 10, 3), random.betavariate(2, 5), random.gammavariate(2, 1), random.lognormvariate(0, 0.5))
print(random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 1.5), random.getrandbits(64), random.getrandbits(7))
print(random.randbytes(6).hex(), random.sample([1, 2, 3], k=3, counts=None) if False else random.sample(["r", "g"], counts=[3, 2], k=4))
random.seed("hello")
print(random.random(), random.randint(0, 10**12))
random.seed(b"bytes")
print(random.random())
random.seed(12345678901234567890)
print(random.random(), random.choice(range(10**6)))
random.seed(-5)
print(random.random())
random.seed(3.7)
print(random.random()) if False else None
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)])
r = random.Random(7)
print(r.randint(1, 6), r.choice("abcdef"), r.shuffle(l := list(range(10))) or l, r.sample(range(20), 3))
r2 = random.Random()
r2.seed(7)
print(r2.randint(1, 6))
random.seed(0)
big = [random.randint(0, 2**70) for _ in range(3)]
print(big, random.randrange(-10, 10), random.randrange(10, 0, -3))
for bad in [lambda: random.randint(5, 1), lambda: random.choice([]), lambda: random.sample([1, 2], 3), lambda: random.randrange(0)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
random.seed(99)
weights = {"red": 0.5, "green": 0.3, "blue": 0.2}
counts = {k: 0 for k in weights}
for pick in random.choices(list(weights), weights=list(weights.values()), k=1000):
    counts[pick] += 1
print(counts)
random.seed(2024)
matrix = [[round(random.uniform(-1, 1), 3) for _ in range(4)] for _ in range(3)]
print(matrix)
print(random.binomialvariate(10, 0.3) if hasattr(random, "binomialvariate") else "no-binomial")
sr = random.SystemRandom
print(sr.__name__)
