from collections import deque
grid = ["S.#.....",
        ".##.###.",
        "....#...",
        ".##...#E"]
R, C = len(grid), len(grid[0])
start = next((r, c) for r in range(R) for c in range(C) if grid[r][c] == "S")
end = next((r, c) for r in range(R) for c in range(C) if grid[r][c] == "E")
dist = {start: 0}
prev = {}
q = deque([start])
while q:
    r, c = q.popleft()
    if (r, c) == end: break
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] != "#" and (nr, nc) not in dist:
            dist[nr, nc] = dist[r, c] + 1
            prev[nr, nc] = (r, c)
            q.append((nr, nc))
print("distance", dist.get(end))
path = []
node = end
while node != start:
    path.append(node)
    node = prev[node]
path.reverse()
canvas = [list(row) for row in grid]
for r, c in path[:-1]:
    canvas[r][c] = "*"
print("\n".join("".join(row) for row in canvas))
print(len(dist), max(dist.values()), sorted(dist)[:3])
