import random
from collections import deque


def generate(w, h, seed):
    rng = random.Random(seed)
    grid = [["#"] * (2 * w + 1) for _ in range(2 * h + 1)]
    stack = [(0, 0)]
    seen = {(0, 0)}
    grid[1][1] = " "
    while stack:
        x, y = stack[-1]
        nbrs = [(x + dx, y + dy) for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))
                if 0 <= x + dx < w and 0 <= y + dy < h and (x + dx, y + dy) not in seen]
        if not nbrs:
            stack.pop()
            continue
        nx, ny = rng.choice(nbrs)
        grid[y + ny + 1][x + nx + 1] = " "
        grid[2 * ny + 1][2 * nx + 1] = " "
        seen.add((nx, ny))
        stack.append((nx, ny))
    return grid


def solve(grid):
    h, w = len(grid), len(grid[0])
    start, goal = (1, 1), (h - 2, w - 2)
    prev = {start: None}
    q = deque([start])
    while q:
        cur = q.popleft()
        if cur == goal:
            break
        r, c = cur
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if grid[nr][nc] == " " and (nr, nc) not in prev:
                prev[(nr, nc)] = cur
                q.append((nr, nc))
    node, length = goal, 0
    while node:
        grid[node[0]][node[1]] = "."
        node = prev[node]
        length += 1
    return length


maze = generate(8, 5, seed=11)
steps = solve(maze)
print("\n".join("".join(row) for row in maze))
print("path length", steps)
