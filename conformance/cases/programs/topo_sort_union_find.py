# Topological sort (Kahn) and union-find connected components.
deps = {
    "app": ["lib", "utils", "config"],
    "lib": ["utils", "core"],
    "utils": ["core"],
    "config": [],
    "core": [],
    "tests": ["app", "mock"],
    "mock": ["core"],
}
indegree = {n: 0 for n in deps}
users = {n: [] for n in deps}
for n, ds in deps.items():
    for d in ds:
        indegree[n] += 1
        users[d].append(n)
ready = sorted(n for n, k in indegree.items() if k == 0)
order = []
while ready:
    n = ready.pop(0)
    order.append(n)
    for u in sorted(users[n]):
        indegree[u] -= 1
        if indegree[u] == 0:
            ready.append(u)
            ready.sort()
print(order, len(order) == len(deps))
parent = {}


def find(x):
    parent.setdefault(x, x)
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def union(a, b):
    ra, rb = find(a), find(b)
    if ra != rb:
        parent[max(ra, rb)] = min(ra, rb)


for a, b in [(1, 2), (3, 4), (2, 5), (6, 7), (5, 1), (8, 8), (7, 9), (4, 10)]:
    union(a, b)
groups = {}
for x in sorted(parent):
    groups.setdefault(find(x), []).append(x)
print(groups)
print(find(9) == find(6), find(10) == find(1))
