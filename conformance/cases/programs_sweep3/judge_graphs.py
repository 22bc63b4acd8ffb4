# Online-judge style: shortest paths, topological order, union-find, no input.
import heapq
from collections import deque, defaultdict

edges = [(1, 2, 7), (1, 3, 9), (1, 6, 14), (2, 3, 10), (2, 4, 15), (3, 4, 11), (3, 6, 2),
         (4, 5, 6), (5, 6, 9)]
graph = defaultdict(list)
for u, v, w in edges:
    graph[u].append((v, w))
    graph[v].append((u, w))

def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev

dist, prev = dijkstra(1)
print(sorted(dist.items()))
path, node = [], 5
while node != 1:
    path.append(node)
    node = prev[node]
print("path", [1] + path[::-1])

def bfs_grid(grid):
    rows, cols = len(grid), len(grid[0])
    start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
    q = deque([(start, 0)])
    seen = {start}
    while q:
        (r, c), d = q.popleft()
        if grid[r][c] == "E":
            return d
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                q.append(((nr, nc), d + 1))
    return -1

maze = ["S.#.....", ".##.###.", "....#...", "##.##.#.", "...#..#E"]
print("maze", bfs_grid(maze), bfs_grid(["S#E"]))

deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "log"], "core": [], "log": []}
indeg = {k: 0 for k in deps}
for k, vs in deps.items():
    for v in vs:
        indeg[k] += 1
rev = defaultdict(list)
for k, vs in deps.items():
    for v in vs:
        rev[v].append(k)
ready = sorted(k for k, d in indeg.items() if d == 0)
order = []
while ready:
    n = ready.pop(0)
    order.append(n)
    for m in sorted(rev[n]):
        indeg[m] -= 1
        if indeg[m] == 0:
            ready.append(m)
            ready.sort()
print("build order", order)

parent = list(range(10))
def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
def union(a, b):
    ra, rb = find(a), find(b)
    if ra == rb:
        return False
    parent[max(ra, rb)] = min(ra, rb)
    return True
kruskal = sorted(edges, key=lambda e: (e[2], e[0]))
mst = [e for e in kruskal if union(e[0], e[1])]
print("mst", mst, sum(w for *_, w in mst))
groups = defaultdict(list)
for i in range(10):
    groups[find(i)].append(i)
print(dict(groups))
