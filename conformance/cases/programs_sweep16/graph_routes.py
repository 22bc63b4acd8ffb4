import heapq, itertools, json
from collections import defaultdict, deque
from functools import lru_cache
from fractions import Fraction

EDGES = """A B 4
A C 2
B C 5
B D 10
C E 3
E D 4
D F 11
E F 20
G H 1"""
graph = defaultdict(dict)
for line in EDGES.splitlines():
    u, v, w = line.split()
    graph[u][v] = graph[v][u] = int(w)

def dijkstra(src):
    dist, prev = {src: 0}, {}
    pq, seen, tie = [(0, 0, src)], set(), itertools.count(1)
    while pq:
        d, _, u = heapq.heappop(pq)
        if u in seen:
            continue
        seen.add(u)
        for v, w in sorted(graph[u].items()):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v], prev[v] = nd, u
                heapq.heappush(pq, (nd, next(tie), v))
    return dist, prev

def path(prev, dst):
    out = [dst]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]

dist, prev = dijkstra("A")
for node in sorted(graph):
    print(node, dist.get(node, "unreachable"), "->".join(path(prev, node)) if node in dist else "-")

def bfs_components():
    seen, comps = set(), []
    for start in sorted(graph):
        if start in seen:
            continue
        comp, q = [], deque([start])
        seen.add(start)
        while q:
            u = q.popleft()
            comp.append(u)
            for v in sorted(graph[u]):
                if v not in seen:
                    seen.add(v)
                    q.append(v)
        comps.append(comp)
    return comps
print(bfs_components())

def topo(deps):
    indeg = {k: 0 for k in deps}
    for k, vs in deps.items():
        for v in vs:
            indeg.setdefault(v, 0)
            indeg[k] += 1
    ready = sorted(k for k, n in indeg.items() if n == 0)
    order = []
    rev = defaultdict(list)
    for k, vs in deps.items():
        for v in vs:
            rev[v].append(k)
    while ready:
        n = ready.pop(0)
        order.append(n)
        for m in sorted(rev[n]):
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    if len(order) != len(indeg):
        raise ValueError(f"cycle among {sorted(set(indeg) - set(order))}")
    return order
print(topo({"app": ["lib", "log"], "lib": ["core"], "log": ["core"], "core": [], "test": ["app"]}))
try:
    topo({"a": ["b"], "b": ["c"], "c": ["a"], "d": []})
except ValueError as e:
    print("ValueError", e)
from graphlib import TopologicalSorter, CycleError
ts = TopologicalSorter({"app": {"lib", "log"}, "lib": {"core"}, "log": {"core"}})
print(list(ts.static_order()))
try:
    list(TopologicalSorter({"a": {"b"}, "b": {"a"}}).static_order())
except CycleError as e:
    print("CycleError", e.args[0], sorted(e.args[1]))

@lru_cache(maxsize=None)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), paths.cache_info().currsize)
def prob_walk(n):
    p = [Fraction(0)] * (n + 1)
    p[0] = Fraction(1)
    for _ in range(n):
        q = [Fraction(0)] * (n + 1)
        for i, x in enumerate(p):
            if x:
                q[max(i - 1, 0)] += x / 2
                q[min(i + 1, n)] += x / 2
        p = q
    return p
pw = prob_walk(6)
print(pw, sum(pw), [float(x) for x in pw][:3])
print(json.dumps({k: dict(sorted(v.items())) for k, v in sorted(graph.items())}, sort_keys=True)[:120])
