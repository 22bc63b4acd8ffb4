import heapq

EDGES = [("A", "B", 7), ("A", "D", 5), ("B", "C", 8), ("B", "D", 9), ("B", "E", 7), ("C", "E", 5),
         ("D", "E", 15), ("D", "F", 6), ("E", "F", 8), ("E", "G", 9), ("F", "G", 11)]


def kruskal(edges):
    parent = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    tree = []
    for u, v, w in sorted(edges, key=lambda e: (e[2], e[0], e[1])):
        ru, rv = find(u), find(v)
        if ru != rv:
            parent[ru] = rv
            tree.append((u, v, w))
    return tree


def prim(edges, start):
    adj = {}
    for u, v, w in edges:
        adj.setdefault(u, []).append((w, u, v))
        adj.setdefault(v, []).append((w, v, u))
    seen = {start}
    heap = list(adj[start])
    heapq.heapify(heap)
    tree = []
    while heap:
        w, u, v = heapq.heappop(heap)
        if v in seen:
            continue
        seen.add(v)
        tree.append((u, v, w))
        for e in adj[v]:
            if e[2] not in seen:
                heapq.heappush(heap, e)
    return tree


k = kruskal(EDGES)
p = prim(EDGES, "A")
print("kruskal:", k, sum(w for *_, w in k))
print("prim:   ", p, sum(w for *_, w in p))
print(sorted(frozenset(e[:2]) for e in k) == sorted(frozenset(e[:2]) for e in p))
