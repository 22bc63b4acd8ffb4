import sys

INF = float("inf")
data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
d = [[0 if i == j else INF for j in range(n)] for i in range(n)]
nxt = [[j if i == j else None for j in range(n)] for i in range(n)]
p = 2
for _ in range(m):
    u, v, w = int(data[p]), int(data[p + 1]), int(data[p + 2])
    p += 3
    if w < d[u][v]:
        d[u][v] = w
        nxt[u][v] = v
for k in range(n):
    for i in range(n):
        for j in range(n):
            if d[i][k] + d[k][j] < d[i][j]:
                d[i][j] = d[i][k] + d[k][j]
                nxt[i][j] = nxt[i][k]
if any(d[i][i] < 0 for i in range(n)):
    print("negative cycle")
else:
    for row in d:
        print(" ".join("INF" if x == INF else f"{x:>3}" for x in row))


def route(u, v):
    if nxt[u][v] is None:
        return []
    path = [u]
    while u != v:
        u = nxt[u][v]
        path.append(u)
    return path


print(route(0, 3), route(3, 0), route(2, 2))
