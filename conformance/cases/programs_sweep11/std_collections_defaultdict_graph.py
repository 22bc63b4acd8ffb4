from collections import defaultdict, deque

edges = "a-b b-c c-a c-d d-e f-g".split()
graph = defaultdict(set)
for e in edges:
    u, v = e.split("-")
    graph[u].add(v)
    graph[v].add(u)


def bfs_levels(start):
    seen = {start: 0}
    q = deque([start])
    while q:
        u = q.popleft()
        for v in sorted(graph[u]):
            if v not in seen:
                seen[v] = seen[u] + 1
                q.append(v)
    return seen


print(sorted(graph.items()) == sorted((k, graph[k]) for k in graph), len(graph))
print(bfs_levels("a"), bfs_levels("f"))
print({k: sorted(v) for k, v in sorted(graph.items())})
degree = defaultdict(int)
for u in graph:
    degree[len(graph[u])] += 1
print(dict(sorted(degree.items())), graph["zzz"], "zzz" in graph)
nested = defaultdict(lambda: defaultdict(int))
for word in "apple avocado banana blueberry apricot".split():
    nested[word[0]][len(word)] += 1
print({k: dict(v) for k, v in nested.items()})
