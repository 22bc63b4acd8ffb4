# Grid shortest path with portals; input via sys.stdin.readline, output via
# collected lines joined at the end.
import sys
from collections import deque, defaultdict

input = sys.stdin.readline

def solve_case(rows, cols, grid):
    portals = defaultdict(list)
    start = goal = None
    for r, line in enumerate(grid):
        for c, ch in enumerate(line):
            if ch == "S":
                start = (r, c)
            elif ch == "G":
                goal = (r, c)
            elif ch.islower():
                portals[ch].append((r, c))
    dist = {start: 0}
    parent = {start: None}
    dq = deque([start])
    while dq:
        cur = dq.popleft()
        if cur == goal:
            break
        r, c = cur
        nxt = [(r + dr, c + dc) for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0))]
        ch = grid[r][c]
        if ch.islower():
            nxt += [p for p in portals[ch] if p != cur]
        for nr, nc in nxt:
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[cur] + 1
                parent[(nr, nc)] = cur
                dq.append((nr, nc))
    if goal not in dist:
        return -1, []
    path, node = [], goal
    while node is not None:
        path.append(node)
        node = parent[node]
    return dist[goal], path[::-1]

def main():
    t = int(input())
    out = []
    for case in range(1, t + 1):
        line = input()
        while not line.strip():
            line = input()
        rows, cols = map(int, line.split())
        grid = [input().rstrip("\n") for _ in range(rows)]
        d, path = solve_case(rows, cols, grid)
        out.append(f"Case #{case}: {d}")
        if path:
            marked = [list(row) for row in grid]
            for r, c in path[1:-1]:
                if marked[r][c] == ".":
                    marked[r][c] = "*"
            out.extend("  " + "".join(row) for row in marked)
            out.append("  path: " + " -> ".join(f"({r},{c})" for r, c in path[:4]) + (" ..." if len(path) > 4 else ""))
    rest = sys.stdin.read()
    out.append(f"trailing: {rest!r}")
    sys.stdout.write("\n".join(out) + "\n")

main()
