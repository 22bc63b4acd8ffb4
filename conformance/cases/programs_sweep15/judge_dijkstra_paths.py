import sys
import heapq
input = sys.stdin.readline

def main():
    n, m = map(int, input().split())
    adj = [[] for _ in range(n + 1)]
    for _ in range(m):
        u, v, w = map(int, input().split())
        adj[u].append((v, w))
        adj[v].append((u, w))
    INF = float('inf')
    dist = [INF] * (n + 1)
    prev = [-1] * (n + 1)
    dist[1] = 0
    pq = [(0, 1)]
    pops = 0
    while pq:
        d, u = heapq.heappop(pq)
        pops += 1
        if d > dist[u]:
            print(f"  stale ({d}, {u})")
            continue
        print(f"pop {u} at {d}; heap={sorted(pq)}")
        for v, w in adj[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    print("pops:", pops)
    print(*dist[1:])
    print(' '.join(str(x) if x != INF else '-1' for x in dist[1:]))
    for t in range(1, n + 1):
        if dist[t] == INF:
            print(t, "unreachable")
            continue
        path = []
        c = t
        while c != -1:
            path.append(c)
            c = prev[c]
        print(t, "->".join(map(str, reversed(path))), sep=': ')
    print(dist, end='\n\n')
    print(heapq.nsmallest(3, [(d, i) for i, d in enumerate(dist) if i]))
    print(heapq.nlargest(2, range(1, n + 1), key=lambda i: (dist[i] != INF, dist[i])))

main()
