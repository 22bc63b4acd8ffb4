import sys

data = sys.stdin.read().split()
n = int(data[0])
adj = [[] for _ in range(n + 1)]
for i in range(1, n):
    adj[i].append(i + 1)
depth = {}


def dfs(u, d):
    depth[u] = d
    for v in adj[u]:
        if v not in depth:
            dfs(v, d + 1)


dfs(1, 0)
print(max(depth.values()))
