from collections import deque
import sys

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
prev = {}
q = deque([start])
while q:
    r, c = q.popleft()
    if (r, c) == goal:
        break
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < h and 0 <= nc < w and grid[nr][nc] != "#" and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[(r, c)] + 1
            prev[(nr, nc)] = (r, c)
            q.append((nr, nc))
print(dist.get(goal, -1))
path = set()
node = goal
while node in prev:
    node = prev[node]
    path.add(node)
for r, row in enumerate(grid):
    print("".join("*" if (r, c) in path and ch == "." else ch for c, ch in enumerate(row)))
