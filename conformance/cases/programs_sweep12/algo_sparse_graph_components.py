from collections import defaultdict

FRIENDS = """ann bob
bob cy
di ed
ed fay
fay di
gus
hal ann
ivy jo"""
graph = defaultdict(set)
for line in FRIENDS.splitlines():
    names = line.split()
    graph[names[0]]
    for other in names[1:]:
        graph[names[0]].add(other)
        graph[other].add(names[0])
seen, comps = set(), []
for node in sorted(graph):
    if node in seen:
        continue
    comp, stack = [], [node]
    seen.add(node)
    while stack:
        u = stack.pop()
        comp.append(u)
        for v in sorted(graph[u]):
            if v not in seen:
                seen.add(v)
                stack.append(v)
    comps.append(sorted(comp))
print(comps)
print({n: len(graph[n]) for n in sorted(graph)})


def has_cycle(comp):
    edges = sum(len(graph[n]) for n in comp) // 2
    return edges >= len(comp)


print([(c[0], len(c), has_cycle(c)) for c in comps])
suggest = {}
for u in sorted(graph):
    fof = {w for v in graph[u] for w in graph[v]} - graph[u] - {u}
    if fof:
        suggest[u] = sorted(fof)
print(suggest)
