import heapq
import sys


def main():
    it = iter(sys.stdin.read().split())
    n, m = int(next(it)), int(next(it))
    adj = [[] for _ in range(n + 1)]
    for _ in range(m):
        u, v, w = int(next(it)), int(next(it)), int(next(it))
        adj[u].append((v, w))
        adj[v].append((u, w))
    src = int(next(it))
    dist = [float("inf")] * (n + 1)
    prev = [0] * (n + 1)
    dist[src] = 0
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            if d + w < dist[v]:
                dist[v] = d + w
                prev[v] = u
                heapq.heappush(pq, (dist[v], v))
    for v in range(1, n + 1):
        if dist[v] == float("inf"):
            print(v, "unreachable")
            continue
        path, x = [], v
        while x:
            path.append(x)
            x = prev[x] if x != src else 0
        print(v, dist[v], "->".join(map(str, reversed(path))))


main()
