from itertools import permutations
import sys

lines = sys.stdin.read().strip().splitlines()
names = lines[0].split()
dist = [list(map(int, l.split())) for l in lines[1:]]
n = len(names)
best = None
for perm in permutations(range(1, n)):
    route = (0,) + perm + (0,)
    cost = sum(dist[a][b] for a, b in zip(route, route[1:]))
    if best is None or cost < best[0]:
        best = (cost, route)
print("brute force:", best[0], " -> ".join(names[i] for i in best[1]))
INF = float("inf")
dp = {(1, 0): 0}
for mask in range(1, 1 << n):
    for last in range(n):
        if (mask, last) not in dp:
            continue
        for nxt in range(n):
            if mask & (1 << nxt):
                continue
            key = (mask | 1 << nxt, nxt)
            val = dp[(mask, last)] + dist[last][nxt]
            if val < dp.get(key, INF):
                dp[key] = val
full = (1 << n) - 1
print("held-karp:", min(dp[(full, k)] + dist[k][0] for k in range(1, n)))
