class Node:
    def __init__(self, name):
        self.name = name
        self.edges = []

    def connect(self, other, weight=1):
        self.edges.append((other, weight))

    def __repr__(self):
        return self.name

    def __lt__(self, other):
        return self.name < other.name


class Graph:
    def __init__(self):
        self.nodes = {}

    def node(self, name):
        if name not in self.nodes:
            self.nodes[name] = Node(name)
        return self.nodes[name]

    def add_edge(self, a, b, w=1, both=True):
        self.node(a).connect(self.node(b), w)
        if both:
            self.node(b).connect(self.node(a), w)

    def bfs(self, start):
        seen, order, queue = {start}, [], [self.nodes[start]]
        while queue:
            n = queue.pop(0)
            order.append(n.name)
            for m, _ in sorted(n.edges):
                if m.name not in seen:
                    seen.add(m.name)
                    queue.append(m)
        return order

    def dfs(self, start):
        order, seen = [], set()

        def visit(n):
            seen.add(n.name)
            order.append(n.name)
            for m, _ in sorted(n.edges):
                if m.name not in seen:
                    visit(m)
        visit(self.nodes[start])
        return order

    def dijkstra(self, src):
        dist = {name: float("inf") for name in self.nodes}
        prev = {}
        dist[src] = 0
        todo = set(self.nodes)
        while todo:
            u = min(sorted(todo), key=lambda k: dist[k])
            if dist[u] == float("inf"):
                break
            todo.remove(u)
            for v, w in self.nodes[u].edges:
                if dist[u] + w < dist[v.name]:
                    dist[v.name] = dist[u] + w
                    prev[v.name] = u
        return dist, prev

    def path(self, src, dst):
        dist, prev = self.dijkstra(src)
        if dist[dst] == float("inf"):
            return None, dist[dst]
        p = [dst]
        while p[-1] != src:
            p.append(prev[p[-1]])
        return p[::-1], dist[dst]

    def components(self):
        seen, comps = set(), []
        for name in sorted(self.nodes):
            if name not in seen:
                comp = self.bfs(name)
                seen.update(comp)
                comps.append(sorted(comp))
        return comps


g = Graph()
for a, b, w in [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3),
                ("E", "D", 4), ("D", "F", 11), ("X", "Y", 1)]:
    g.add_edge(a, b, w)
print("bfs", g.bfs("A"))
print("dfs", g.dfs("A"))
dist, _ = g.dijkstra("A")
print(sorted(dist.items()))
for dst in "DFY":
    print("A ->", dst, g.path("A", dst))
print(g.components())

grid = ["S.#.....", ".##.###.", "....#...", "#.#...#E"]
maze = Graph()
for r, row in enumerate(grid):
    for c, ch in enumerate(row):
        if ch == "#":
            continue
        for dr, dc in ((0, 1), (1, 0)):
            rr, cc = r + dr, c + dc
            if rr < len(grid) and cc < len(row) and grid[rr][cc] != "#":
                maze.add_edge(f"{r},{c}", f"{rr},{cc}")
route, steps = maze.path("0,0", "3,7")
print(steps, route)
