class DSU:
    def __init__(self, n):
        self.parent = list(range(n))
        self.size = [1] * n
        self.components = n

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
        self.components -= 1
        return True

    def __repr__(self):
        return f"DSU(components={self.components})"

edges = """0 1 4
0 7 8
1 2 8
1 7 11
2 3 7
2 8 2
2 5 4
3 4 9
3 5 14
4 5 10
5 6 2
6 7 1
6 8 6
7 8 7"""
E = [tuple(map(int, line.split())) for line in edges.splitlines()]
E.sort(key=lambda e: (e[2], e[0], e[1]))
d = DSU(9)
mst = []
for u, v, w in E:
    if d.union(u, v):
        mst.append((u, v, w))
print(d)
print("MST weight:", sum(w for *_, w in mst))
print('\n'.join(f"{u}-{v} ({w})" for u, v, w in mst))
groups = {}
d2 = DSU(10)
for a, b in [(0, 1), (2, 3), (1, 3), (5, 6), (8, 9), (9, 5)]:
    d2.union(a, b)
for i in range(10):
    groups.setdefault(d2.find(i), []).append(i)
print(sorted(groups.values(), key=len, reverse=True))
print(d2, max(d2.size))
