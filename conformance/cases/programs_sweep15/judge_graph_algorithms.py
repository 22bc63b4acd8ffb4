import sys
from collections import deque, defaultdict
data = sys.stdin.read().split()
pos = 0
def nxt():
    global pos
    pos += 1
    return data[pos - 1]
n, m = int(nxt()), int(nxt())
edges = []
g = defaultdict(list)
indeg = [0] * n
for _ in range(m):
    u, v, w = int(nxt()), int(nxt()), int(nxt())
    edges.append((w, u, v))
    g[u].append(v)
    indeg[v] += 1
# Kahn topological order
q = deque(i for i in range(n) if indeg[i] == 0)
order = []
deg = indeg[:]
while q:
    u = q.popleft(); order.append(u)
    for v in sorted(g[u]):
        deg[v] -= 1
        if deg[v] == 0:
            q.append(v)
print("topo:", order, "cycle" if len(order) < n else "dag")
# Floyd-Warshall
INF = float('inf')
d = [[0 if i == j else INF for j in range(n)] for i in range(n)]
for w, u, v in edges:
    d[u][v] = min(d[u][v], w)
for k in range(n):
    for i in range(n):
        for j in range(n):
            if d[i][k] + d[k][j] < d[i][j]:
                d[i][j] = d[i][k] + d[k][j]
for row in d:
    print(" ".join(f"{x:>4}" if x != INF else " inf" for x in row))
# Bellman-Ford from 0 with a negative edge
dist = [INF] * n; dist[0] = 0
for it in range(n - 1):
    changed = False
    for w, u, v in edges + [(-2, 4, 2)]:
        if dist[u] + w < dist[v]:
            dist[v] = dist[u] + w; changed = True
    print("round", it, dist)
    if not changed: break
# Kruskal on the undirected version
parent = list(range(n))
def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]; x = parent[x]
    return x
mst = []
for w, u, v in sorted(edges):
    ru, rv = find(u), find(v)
    if ru != rv:
        parent[ru] = rv; mst.append((u, v, w))
print("mst:", mst, "weight", sum(w for *_, w in mst))
# bitmask TSP over the distance matrix (treat inf as big)
full = 1 << n
dp = [[INF] * n for _ in range(full)]
dp[1][0] = 0
for mask in range(full):
    for last in range(n):
        if dp[mask][last] == INF or not mask >> last & 1: continue
        for nx in range(n):
            if mask >> nx & 1 or d[last][nx] == INF: continue
            nm = mask | 1 << nx
            if dp[mask][last] + d[last][nx] < dp[nm][nx]:
                dp[nm][nx] = dp[mask][last] + d[last][nx]
print("tsp paths:", [dp[full - 1][k] for k in range(n)])
# BFS levels + bipartite check on undirected graph
ug = defaultdict(set)
for _, u, v in edges:
    ug[u].add(v); ug[v].add(u)
color = {}
bip = True
for s in range(n):
    if s in color: continue
    color[s] = 0
    dq = deque([s])
    while dq:
        u = dq.popleft()
        for v in sorted(ug[u]):
            if v not in color:
                color[v] = 1 - color[u]; dq.append(v)
            elif color[v] == color[u]:
                bip = False
print("bipartite:", bip, dict(sorted(color.items())))
# Tarjan-ish SCC via Kosaraju
rg = defaultdict(list)
for u in list(g):
    for v in g[u]:
        rg[v].append(u)
seen = set(); stack = []
def dfs1(u):
    seen.add(u)
    for v in g[u]:
        if v not in seen: dfs1(v)
    stack.append(u)
for u in range(n):
    if u not in seen: dfs1(u)
comp = {}
def dfs2(u, c):
    comp[u] = c
    for v in rg[u]:
        if v not in comp: dfs2(v, c)
c = 0
for u in reversed(stack):
    if u not in comp:
        dfs2(u, c); c += 1
print("scc:", c, [comp[i] for i in range(n)])
