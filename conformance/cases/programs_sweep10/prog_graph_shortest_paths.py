import heapq
from collections import deque, defaultdict
class Graph:
    def __init__(self, directed=False):
        self.adj = defaultdict(dict)
        self.directed = directed
    def add(self, u, v, w=1):
        self.adj[u][v] = w
        if not self.directed:
            self.adj[v][u] = w
        else:
            self.adj[v]
        return self
    def bfs(self, start):
        seen, order, q = {start}, [], deque([start])
        while q:
            u = q.popleft(); order.append(u)
            for v in sorted(self.adj[u]):
                if v not in seen:
                    seen.add(v); q.append(v)
        return order
    def dijkstra(self, src):
        dist = {src: 0}; prev = {}
        pq = [(0, src)]
        while pq:
            d, u = heapq.heappop(pq)
            if d > dist.get(u, float("inf")):
                continue
            for v, w in self.adj[u].items():
                nd = d + w
                if nd < dist.get(v, float("inf")):
                    dist[v], prev[v] = nd, u
                    heapq.heappush(pq, (nd, v))
        return dist, prev
    def path(self, src, dst):
        dist, prev = self.dijkstra(src)
        if dst not in dist:
            return None, float("inf")
        p = [dst]
        while p[-1] != src:
            p.append(prev[p[-1]])
        return p[::-1], dist[dst]
    def has_cycle(self):
        color = dict.fromkeys(self.adj, 0)
        def visit(u):
            color[u] = 1
            for v in self.adj[u]:
                if color[v] == 1 or (color[v] == 0 and visit(v)):
                    return True
            color[u] = 2
            return False
        return any(color[u] == 0 and visit(u) for u in list(self.adj))
g = Graph().add("a", "b", 4).add("a", "c", 1).add("c", "b", 2).add("b", "d", 5).add("c", "d", 8).add("e", "f")
print(g.bfs("a"), g.path("a", "d"), g.path("a", "f"))
dag = Graph(directed=True).add(1, 2).add(2, 3).add(1, 3)
print(dag.has_cycle(), dag.add(3, 1).has_cycle(), sorted(dag.dijkstra(1)[0].items()))
print(f"{g.path('a', 'f')[1]:>6}", g.path("a", "a"))
