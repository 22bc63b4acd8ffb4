GRID = """\
..#.....
........
.#..#...
....#.#.
.##.....
......#.""".splitlines()
R, C = len(GRID), len(GRID[0])
ways = [[0] * C for _ in range(R)]
ways[0][0] = 1
for r in range(R):
    for c in range(C):
        if GRID[r][c] == "#":
            ways[r][c] = 0
            continue
        if r:
            ways[r][c] += ways[r - 1][c]
        if c:
            ways[r][c] += ways[r][c - 1]
for row in ways:
    print(" ".join(f"{v:>3}" for v in row))
print("paths to corner:", ways[-1][-1])
cost = [[(r * 7 + c * 3) % 10 for c in range(C)] for r in range(R)]
best = [[0] * C for _ in range(R)]
for r in range(R):
    for c in range(C):
        options = []
        if r:
            options.append(best[r - 1][c])
        if c:
            options.append(best[r][c - 1])
        best[r][c] = cost[r][c] + (min(options) if options else 0)
print("min cost path:", best[-1][-1])
path, r, c = [], R - 1, C - 1
while (r, c) != (0, 0):
    path.append((r, c))
    if r and (not c or best[r - 1][c] <= best[r][c - 1]):
        r -= 1
    else:
        c -= 1
path.append((0, 0))
print(path[::-1])
