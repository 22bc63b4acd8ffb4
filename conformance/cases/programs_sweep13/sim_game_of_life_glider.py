def step(cells):
    counts = {}
    for (r, c) in cells:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = (r + dr, c + dc)
                    counts[key] = counts.get(key, 0) + 1
    return {k for k, n in counts.items() if n == 3 or (n == 2 and k in cells)}


def show(cells, rows=6, cols=8):
    return "\n".join("".join("#" if (r, c) in cells else "." for c in range(cols)) for r in range(rows))


glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
cells = glider
for gen in range(5):
    print(f"gen {gen}:")
    print(show(cells))
    cells = step(cells)
shift = {(r + 1, c + 1) for r, c in glider}
print("glider moved diagonally after 4 gens:", step(step(step(step(glider)))) == shift)
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker)), step(step(blinker)) == blinker)
