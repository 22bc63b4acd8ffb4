import sys
from collections import deque
readline = sys.stdin.readline
n, m = map(int, readline().split())
adj = {i: [] for i in range(1, n + 1)}
for _ in range(m):
    u, v = map(int, readline().split())
    adj[u].append(v); adj[v].append(u)
src = int(readline())
dist = {src: 0}
q = deque([src])
while q:
    u = q.popleft()
    for v in sorted(adj[u]):
        if v not in dist:
            dist[v] = dist[u] + 1
            q.append(v)
print(" ".join(str(dist.get(i, -1)) for i in range(1, n + 1)))
print(repr(readline()))
print(dict(sorted(dist.items())))
