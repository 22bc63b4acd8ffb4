import random

rng = random.Random(2024)
rolls = [rng.randint(1, 6) for _ in range(20)]
print(rolls, sum(rolls))
deck = [r + s for s in "shdc" for r in "23456789TJQKA"]
rng.shuffle(deck)
print(deck[:5], rng.choice(deck), rng.sample(deck, 3))
print(round(rng.random(), 6), round(rng.uniform(10, 20), 4), rng.randrange(0, 100, 5), rng.getrandbits(16))
walk = [0]
for _ in range(15):
    walk.append(walk[-1] + rng.choice((-1, 1)))
print(walk, max(walk), min(walk))
print(rng.choices(["red", "green", "blue"], weights=[5, 1, 1], k=8))
state = rng.getstate()
a = [rng.random() for _ in range(3)]
rng.setstate(state)
b = [rng.random() for _ in range(3)]
print(a == b, random.Random(1).random() == random.Random(1).random())
