# Dijkstra's algorithm with a dict of dicts and a simple linear-scan frontier.
roads = {
    "home": {"park": 4, "mall": 9},
    "park": {"home": 4, "school": 3, "mall": 4},
    "mall": {"home": 9, "park": 4, "office": 2},
    "school": {"park": 3, "office": 8},
    "office": {"mall": 2, "school": 8},
}


def shortest(src):
    dist = {node: float("inf") for node in roads}
    prev = {}
    dist[src] = 0
    todo = set(roads)
    while todo:
        node = min(sorted(todo), key=lambda n: dist[n])
        todo.remove(node)
        for nb, w in roads[node].items():
            if dist[node] + w < dist[nb]:
                dist[nb] = dist[node] + w
                prev[nb] = node
    return dist, prev


dist, prev = shortest("home")
print(dist)
for target in ("office", "school", "home"):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    print(target, dist[target], " -> ".join(reversed(path)))
