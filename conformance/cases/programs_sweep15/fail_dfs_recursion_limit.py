def dfs(node, graph, seen):
    seen.add(node)
    for nxt in graph[node]:
        if nxt not in seen:
            dfs(nxt, graph, seen)
    return len(seen)
n = 5000
graph = {i: [i + 1] for i in range(n)}
graph[n] = []
print(dfs(0, {i: [i + 1] for i in range(10)} | {10: []}, set()))
print(dfs(0, graph, set()))
