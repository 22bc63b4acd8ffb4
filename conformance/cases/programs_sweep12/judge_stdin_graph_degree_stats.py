import sys
from collections import Counter

tokens = sys.stdin.read().split()
n, m = int(tokens[0]), int(tokens[1])
deg = [0] * (n + 1)
edges = set()
dups = 0
for i in range(m):
    a, b = int(tokens[2 + 2 * i]), int(tokens[3 + 2 * i])
    key = (min(a, b), max(a, b))
    if key in edges or a == b:
        dups += 1
        continue
    edges.add(key)
    deg[a] += 1
    deg[b] += 1
print("edges:", len(edges), "ignored:", dups)
print("degrees:", deg[1:])
dist = Counter(deg[1:])
print("degree distribution:", sorted(dist.items()))
print("isolated:", [v for v in range(1, n + 1) if deg[v] == 0])
print("max degree vertex:", max(range(1, n + 1), key=lambda v: (deg[v], -v)))
print("handshake ok:", sum(deg) == 2 * len(edges))
