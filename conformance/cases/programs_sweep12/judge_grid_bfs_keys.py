import sys
from collections import deque

lines = sys.stdin.read().splitlines()
h, w = map(int, lines[0].split())
grid = lines[1:1 + h]
start = goal = None
for r, row in enumerate(grid):
    for c, ch in enumerate(row):
        if ch == "S":
            start = (r, c)
        elif ch == "G":
            goal = (r, c)

dist = {start: 0}
parent = {start: None}
dq = deque([start])
while dq:
    r, c = dq.popleft()
    if (r, c) == goal:
        break
    for dr, dc, _ in ((-1, 0, "U"), (1, 0, "D"), (0, -1, "L"), (0, 1, "R")):
        nr, nc = r + dr, c + dc
        if 0 <= nr < h and 0 <= nc < w and grid[nr][nc] != "#" and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[(r, c)] + 1
            parent[(nr, nc)] = (r, c)
            dq.append((nr, nc))

if goal not in dist:
    print(-1)
else:
    print(dist[goal])
    path = set()
    node = goal
    while node is not None:
        path.add(node)
        node = parent[node]
    for r in range(h):
        print("".join("*" if (r, c) in path and grid[r][c] == "." else grid[r][c]
                      for c in range(w)))
    print("visited", len(dist), "cells")
