# Breadth-first search over a 300x300 grid: tuples, deque, nested lists.
from collections import deque
N = 300
grid = [[(i * 7 + j * 13) % 11 == 0 for j in range(N)] for i in range(N)]
dist = [[-1] * N for _ in range(N)]
q = deque([(0, 0)]); dist[0][0] = 0
while q:
    r, c = q.popleft()
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < N and 0 <= nc < N and not grid[nr][nc] and dist[nr][nc] < 0:
            dist[nr][nc] = dist[r][c] + 1
            q.append((nr, nc))
print(max(max(row) for row in dist))
