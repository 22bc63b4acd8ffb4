import heapq
from collections import defaultdict

DATA = """6 9
1 2 7
1 3 9
1 6 14
2 3 10
2 4 15
3 4 11
3 6 2
4 5 6
5 6 9
"""

def parse(text):
    it = iter(text.split())
    n, m = int(next(it)), int(next(it))
    graph = defaultdict(list)
    for _ in range(m):
        u, v, w = map(int, (next(it), next(it), next(it)))
        graph[u].append((v, w))
        graph[v].append((u, w))
    return n, graph

def dijkstra(n, graph, src):
    dist = [float('inf')] * (n + 1)
    prev = [None] * (n + 1)
    dist[src] = 0
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist[u]:
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev

def path_to(prev, t):
    out = []
    while t is not None:
        out.append(t)
        t = prev[t]
    return out[::-1]

n, g = parse(DATA)
dist, prev = dijkstra(n, g, 1)
print(*dist[1:], sep=' ')
for t in range(1, n + 1):
    print(f"{t}: {dist[t]:>3} via {'->'.join(map(str, path_to(prev, t)))}")
print(dist)
grid = ["S.#.....", "..#.##.#", "....#...", "##.##.#.", "......#E"]
R, C = len(grid), len(grid[0])
start = next((r, c) for r in range(R) for c in range(C) if grid[r][c] == 'S')
end = next((r, c) for r in range(R) for c in range(C) if grid[r][c] == 'E')
best = {start: 0}
pq = [(0, start)]
while pq:
    d, (r, c) = heapq.heappop(pq)
    if (r, c) == end:
        break
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] != '#':
            if d + 1 < best.get((nr, nc), 1 << 60):
                best[(nr, nc)] = d + 1
                heapq.heappush(pq, (d + 1, (nr, nc)))
print("grid distance", best.get(end), "visited", len(best))
print(heapq.nsmallest(3, best.items(), key=lambda kv: (-kv[1], kv[0])))
