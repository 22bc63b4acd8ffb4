r, c = map(int, input().split())
grid = [input() for _ in range(r)]
islands = 0
sizes = []
seen = [[False] * c for _ in range(r)]
for i in range(r):
    for j in range(c):
        if grid[i][j] == "#" and not seen[i][j]:
            islands += 1
            stack = [(i, j)]
            seen[i][j] = True
            size = 0
            while stack:
                y, x = stack.pop()
                size += 1
                for dy in (-1, 0, 1):
                    for dx in (-1, 0, 1):
                        ny, nx = y + dy, x + dx
                        if 0 <= ny < r and 0 <= nx < c and grid[ny][nx] == "#" and not seen[ny][nx]:
                            seen[ny][nx] = True
                            stack.append((ny, nx))
            sizes.append(size)
print(islands)
print(*sorted(sizes, reverse=True))
perimeter = sum(4 - sum(1 for dy, dx in ((0, 1), (1, 0), (0, -1), (-1, 0))
                        if 0 <= i + dy < r and 0 <= j + dx < c and grid[i + dy][j + dx] == "#")
                for i in range(r) for j in range(c) if grid[i][j] == "#")
print("total perimeter", perimeter)
