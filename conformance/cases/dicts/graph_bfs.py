# Graphs as dicts of adjacency lists: BFS, DFS and shortest paths.
graph = {
    "A": ["B", "C"],
    "B": ["A", "D", "E"],
    "C": ["A", "F"],
    "D": ["B"],
    "E": ["B", "F"],
    "F": ["C", "E", "G"],
    "G": ["F"],
}


def bfs(start):
    dist = {start: 0}
    parent = {start: None}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nb in graph[node]:
            if nb not in dist:
                dist[nb] = dist[node] + 1
                parent[nb] = node
                queue.append(nb)
    return dist, parent


def dfs(node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for nb in graph[node]:
        if nb not in seen:
            dfs(nb, seen)
    return seen


dist, parent = bfs("A")
print(dist)
path, node = [], "G"
while node is not None:
    path.append(node)
    node = parent[node]
print(path[::-1])
print(dfs("A"), dfs("G"))
edges = sorted({tuple(sorted((a, b))) for a in graph for b in graph[a]})
print(len(edges), edges)
degree = {n: len(nbs) for n, nbs in graph.items()}
print(degree, max(degree, key=degree.get))
