from itertools import product


def step(live):
    counts = {}
    for (r, c) in live:
        for dr, dc in product((-1, 0, 1), repeat=2):
            if dr or dc:
                key = (r + dr, c + dc)
                counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def render(live, rows, cols):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(cols))
                     for r in range(rows))


def bbox(live):
    rs = [r for r, _ in live]
    cs = [c for _, c in live]
    return min(rs), min(cs), max(rs), max(cs)


glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
state = glider
for gen in range(5):
    print(f"gen {gen}: {len(state)} cells bbox={bbox(state)}")
    print(render(state, 6, 6))
    state = step(state)
blinker = {(1, 0), (1, 1), (1, 2)}
print(step(blinker) == {(0, 1), (1, 1), (2, 1)}, step(step(blinker)) == blinker)
r_pent = {(0, 1), (0, 2), (1, 0), (1, 1), (2, 1)}
pop = []
s = r_pent
for _ in range(60):
    pop.append(len(s))
    s = step(s)
print(pop[::6], max(pop))
