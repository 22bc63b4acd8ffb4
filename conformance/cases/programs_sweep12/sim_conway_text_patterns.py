PATTERN = """
.........
..##.....
..##.....
....##...
....##...
.........
.###.....
.........
"""


def parse(text):
    rows = [r for r in text.strip().splitlines()]
    return {(r, c) for r, row in enumerate(rows) for c, ch in enumerate(row) if ch == "#"}, len(rows), len(rows[0])


def step(cells, h, w):
    new = set()
    for r in range(h):
        for c in range(w):
            n = sum((r + dr, c + dc) in cells for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)
            if n == 3 or (n == 2 and (r, c) in cells):
                new.add((r, c))
    return new


cells, h, w = parse(PATTERN)
history = []
for gen in range(6):
    print(f"gen {gen} ({len(cells)} alive)")
    print("\n".join("".join("#" if (r, c) in cells else "." for c in range(w)) for r in range(h)))
    key = frozenset(cells)
    if key in history:
        print("period", len(history) - history.index(key))
        break
    history.append(key)
    cells = step(cells, h, w)
