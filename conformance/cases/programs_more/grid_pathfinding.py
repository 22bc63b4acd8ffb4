import heapq
from collections import deque

GRID = """
S.#.......
.##.####..
....#..#.#
.####.##..
......#..E
"""
grid = [list(r) for r in GRID.strip().splitlines()]
R, C = len(grid), len(grid[0])
find = lambda ch: next((r, c) for r in range(R) for c in range(C) if grid[r][c] == ch)
start, end = find("S"), find("E")

def neighbors(r, c):
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] != "#":
            yield nr, nc

def bfs():
    prev = {start: None}
    q = deque([start])
    while q:
        cur = q.popleft()
        if cur == end:
            break
        for n in neighbors(*cur):
            if n not in prev:
                prev[n] = cur
                q.append(n)
    path, node = [], end
    while node:
        path.append(node)
        node = prev[node]
    return path[::-1]

def astar():
    h = lambda p: abs(p[0] - end[0]) + abs(p[1] - end[1])
    open_ = [(h(start), 0, start)]
    g = {start: 0}
    expanded = 0
    while open_:
        f, cost, cur = heapq.heappop(open_)
        expanded += 1
        if cur == end:
            return cost, expanded
        for n in neighbors(*cur):
            nc = cost + 1
            if nc < g.get(n, 1 << 30):
                g[n] = nc
                heapq.heappush(open_, (nc + h(n), nc, n))
    return None, expanded

path = bfs()
print(len(path) - 1, path[:4], path[-1])
print(astar())
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
def islands(g):
    seen = set()
    count = 0
    for r in range(R):
        for c in range(C):
            if g[r][c] == "#" and (r, c) not in seen:
                count += 1
                stack = [(r, c)]
                while stack:
                    y, x = stack.pop()
                    if (y, x) in seen: continue
                    seen.add((y, x))
                    for dy, dx in ((0, 1), (1, 0), (0, -1), (-1, 0)):
                        if 0 <= y + dy < R and 0 <= x + dx < C and g[y + dy][x + dx] == "#":
                            stack.append((y + dy, x + dx))
    return count
print("wall groups:", islands(grid))
