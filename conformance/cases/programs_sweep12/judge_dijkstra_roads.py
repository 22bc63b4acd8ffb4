import sys
import heapq


def dijkstra(n, adj, src):
    dist = [float("inf")] * (n + 1)
    prev = [-1] * (n + 1)
    dist[src] = 0
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev


def path_to(prev, t):
    out = []
    while t != -1:
        out.append(t)
        t = prev[t]
    return out[::-1]


def main():
    data = sys.stdin.read().split()
    it = iter(data)
    n, m = int(next(it)), int(next(it))
    adj = [[] for _ in range(n + 1)]
    for _ in range(m):
        a, b, w = int(next(it)), int(next(it)), int(next(it))
        adj[a].append((b, w))
        adj[b].append((a, w))
    q = int(next(it))
    dist, prev = dijkstra(n, adj, 1)
    for _ in range(q):
        t = int(next(it))
        if dist[t] == float("inf"):
            print(f"{t}: unreachable")
        else:
            print(f"{t}: {dist[t]} via {'->'.join(map(str, path_to(prev, t)))}")
    print("max finite:", max(d for d in dist[1:] if d != float("inf")))
    print(dist[1:])


main()
