import random
random.seed(2024)
print(random.random(), random.randint(1, 100), random.randrange(0, 100, 7), random.uniform(1, 2))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:10])
hands = [deck[i::4][:5] for i in range(4)]
for i, h in enumerate(hands):
    print(f"player{i}: {' '.join(h)}")
print(random.choice(deck), random.sample(range(100), 5), random.sample(deck, k=3))
print(random.choices(['r', 'p', 's'], k=10))
print(random.choices(['a', 'b', 'c'], weights=[10, 1, 1], k=8))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 100], k=6))
print(random.getrandbits(64), random.getrandbits(1), random.getrandbits(200))
print(round(random.gauss(0, 1), 10), round(random.normalvariate(5, 2), 10))
print(round(random.triangular(0, 10, 3), 10), round(random.betavariate(2, 3), 10))
print(round(random.expovariate(1.5), 10), round(random.paretovariate(2), 10))
print(round(random.lognormvariate(0, 1), 10), round(random.vonmisesvariate(1, 1), 10))
print(round(random.gammavariate(2, 2), 10), round(random.weibullvariate(1, 2), 10))
random.seed("hello world")
print(random.random(), random.randint(0, 10**30))
random.seed(b"bytes seed")
print(random.random())
random.seed(3.5)
print(random.random())
random.seed(-12345678901234567890)
print(random.random())
r = random.Random(7)
secret = r.randint(1, 100)
lo, hi, tries = 1, 100, 0
while True:
    guess = (lo + hi) // 2
    tries += 1
    if guess < secret:
        print(f"{guess} too low"); lo = guess + 1
    elif guess > secret:
        print(f"{guess} too high"); hi = guess - 1
    else:
        print(f"got {secret} in {tries}"); break
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
b = [r.random() for _ in range(3)]
print(a == b, a)
dice = [r.randint(1, 6) for _ in range(600)]
print({k: dice.count(k) for k in range(1, 7)})
walk = 0
pos = []
for _ in range(20):
    walk += r.choice((-1, 1))
    pos.append(walk)
print(pos, max(pos), min(pos))
print(r.randbytes(8).hex())
lst = list(range(10)); r.shuffle(lst); print(lst)
print(random.Random(0).random(), random.Random(2**100).random())
print(r.sample(range(10**9), 3), r.sample(set(range(5)) and [4, 3, 2, 1, 0], 2))
print(r.binomialvariate(10, 0.5) if hasattr(r, 'binomialvariate') else 'nobinom')
