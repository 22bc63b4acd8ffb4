class DSU:
    def __init__(self, n):
        self.parent = list(range(n))
        self.size = [1] * n
        self.sets = n

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        self.sets -= 1
        return True


edges = [(0, 1, 4), (1, 2, 8), (2, 3, 7), (3, 4, 9), (4, 5, 10), (5, 6, 2), (6, 7, 1), (7, 0, 8), (1, 7, 11), (2, 8, 2), (8, 6, 6), (2, 5, 4), (3, 5, 14)]
d = DSU(9)
mst = [(u, v, w) for u, v, w in sorted(edges, key=lambda e: e[2]) if d.union(u, v)]
print(mst, sum(w for *_, w in mst), d.sets)
d2 = DSU(10)
for a, b in [(0, 1), (2, 3), (1, 3), (5, 6), (7, 7)]:
    d2.union(a, b)
groups = {}
for i in range(10):
    groups.setdefault(d2.find(i), []).append(i)
print(sorted(groups.values()), d2.sets, max(d2.size))
