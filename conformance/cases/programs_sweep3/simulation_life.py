# Small simulations: Game of Life, a random walk with a fixed seed, a queue model.
import random

def step(live):
    counts = {}
    for (r, c) in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = (r + dr, c + dc)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}

def show(live, rows, cols):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(cols)) for r in range(rows))

glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
state = glider
for gen in range(4):
    state = step(state)
print(show(state, 5, 6))
print(sorted(state), len(state))
blinker = {(1, 0), (1, 1), (1, 2)}
print(step(step(blinker)) == blinker, sorted(step(blinker)))

rng = random.Random(2024)
pos = 0
visits = {}
for _ in range(1000):
    pos += rng.choice((-1, 1))
    visits[pos] = visits.get(pos, 0) + 1
print(pos, min(visits), max(visits), max(visits.values()))
print([rng.randint(1, 6) for _ in range(10)], round(rng.random(), 6), rng.sample(range(100), 5))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck)
print(deck[:7], round(rng.gauss(0, 1), 6), round(rng.uniform(5, 10), 6))

random.seed(7)
arrivals = [random.expovariate(1 / 3) for _ in range(20)]
service = [random.uniform(1, 4) for _ in range(20)]
t = free_at = 0.0
waits = []
for a, s in zip(arrivals, service):
    t += a
    start = max(t, free_at)
    waits.append(start - t)
    free_at = start + s
print(f"mean wait {sum(waits) / len(waits):.4f}, max {max(waits):.4f}, busy until {free_at:.3f}")
print(random.choices("abc", weights=[5, 1, 1], k=8), random.getrandbits(20))
