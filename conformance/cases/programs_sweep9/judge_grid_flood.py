import sys
lines = sys.stdin.read().splitlines()
h, w = map(int, lines[0].split())
grid = [list(row) for row in lines[1:1 + h]]
seen = [[False] * w for _ in range(h)]
sizes = []
for r in range(h):
    for c in range(w):
        if grid[r][c] == "#" and not seen[r][c]:
            stack = [(r, c)]; seen[r][c] = True; size = 0
            while stack:
                y, x = stack.pop(); size += 1
                for dy, dx in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                    ny, nx = y + dy, x + dx
                    if 0 <= ny < h and 0 <= nx < w and grid[ny][nx] == "#" and not seen[ny][nx]:
                        seen[ny][nx] = True; stack.append((ny, nx))
            sizes.append(size)
print(len(sizes), sorted(sizes, reverse=True))
for r, row in enumerate(grid):
    print("".join("X" if seen[r][c] else ch for c, ch in enumerate(row)))
print(*(f"{s:02d}" for s in sizes), sep=":")
