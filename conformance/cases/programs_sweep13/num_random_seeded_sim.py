import random

rng = random.Random(2024)
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck)
print("hand:", deck[:5])
print("sample:", rng.sample(range(100), 6))
print("choices:", rng.choices(["red", "green", "blue"], weights=[5, 3, 2], k=10))
print("cum:", rng.choices("abc", cum_weights=[1, 2, 10], k=6))
print("randint:", [rng.randint(1, 6) for _ in range(10)])
print("randrange:", [rng.randrange(0, 100, 7) for _ in range(5)])
print("uniform %.6f gauss %.6f" % (rng.uniform(10, 20), rng.gauss(0, 1)))
print("normal %.6f expo %.6f" % (rng.normalvariate(100, 15), rng.expovariate(0.5)))
print("tri %.6f beta %.6f" % (rng.triangular(0, 10, 3), rng.betavariate(2, 5)))
print("bits", rng.getrandbits(64), rng.random())
random.seed("moat")
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + random.choice((-1, 1)))
print(walk)
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)])
print(random.Random(7).sample(["x", "y", "z"], k=3), random.Random(7).randbytes(6).hex())
