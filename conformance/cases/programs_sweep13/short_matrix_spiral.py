def spiral(m):
    out = []
    while m:
        out += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return out


grid = [[r * 4 + c for c in range(4)] for r in range(3)]
for row in grid:
    print(" ".join(f"{x:2}" for x in row))
print(spiral([row[:] for row in grid]))
print(list(zip(*grid)), [list(r) for r in zip(*grid[::-1])])
print(spiral([[1]]), spiral([]), spiral([[1, 2, 3]]))
