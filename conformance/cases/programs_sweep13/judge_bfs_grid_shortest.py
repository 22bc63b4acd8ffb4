import sys
from collections import deque

rows = [l.rstrip("\n") for l in sys.stdin if l.strip()]
h, w = len(rows), len(rows[0])
start = next((r, c) for r in range(h) for c in range(w) if rows[r][c] == "S")
goal = next((r, c) for r in range(h) for c in range(w) if rows[r][c] == "G")
dist = {start: 0}
prev = {}
q = deque([start])
while q:
    r, c = q.popleft()
    if (r, c) == goal:
        break
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < h and 0 <= nc < w and rows[nr][nc] != "#" and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[(r, c)] + 1
            prev[(nr, nc)] = (r, c)
            q.append((nr, nc))
if goal not in dist:
    print(-1)
else:
    print(dist[goal])
    grid = [list(row) for row in rows]
    node = prev[goal]
    while node != start:
        grid[node[0]][node[1]] = "*"
        node = prev[node]
    print("\n".join("".join(row) for row in grid))
