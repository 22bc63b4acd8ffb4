def step(cells, rule):
    n = len(cells)
    return [(rule >> (cells[(i - 1) % n] << 2 | cells[i] << 1 | cells[(i + 1) % n])) & 1 for i in range(n)]


def run(rule, width=31, gens=12):
    cells = [0] * width
    cells[width // 2] = 1
    rows = []
    for _ in range(gens):
        rows.append("".join("█" if c else " " for c in cells).rstrip())
        cells = step(cells, rule)
    return rows


for rule in (30, 90, 110):
    print(f"rule {rule} ({rule:08b})")
    print("\n".join(run(rule)))
cells = [0] * 16
cells[8] = 1
seen = {}
for g in range(200):
    key = tuple(cells)
    if key in seen:
        print("rule 90 on 16 cells repeats: gen", g, "== gen", seen[key])
        break
    seen[key] = g
    cells = step(cells, 90)
