import heapq
from math import inf
def dijkstra(graph, src):
    dist = {v: inf for v in graph}
    prev = {v: None for v in graph}
    dist[src] = 0
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist[u]:
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v], prev[v] = nd, u
                heapq.heappush(pq, (nd, v))
    return dist, prev
def path(prev, t):
    out = []
    while t is not None:
        out.append(t)
        t = prev[t]
    return out[::-1]
g = {"A": [("B", 4), ("C", 2)], "B": [("C", 5), ("D", 10)], "C": [("E", 3)], "D": [("F", 11)], "E": [("D", 4)], "F": [], "G": [("A", 1)]}
dist, prev = dijkstra(g, "A")
for v in sorted(dist):
    print(f"{v}: {dist[v]:>5} via {' -> '.join(path(prev, v)) if dist[v] < inf else '-'}")
print(dist, inf, -inf, inf - inf, inf * 0, min(dist.values()), max(dist.values()))
