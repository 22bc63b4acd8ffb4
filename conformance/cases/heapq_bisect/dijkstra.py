# A judge-style shortest-path solution with heapq.
import heapq

def dijkstra(graph, source):
    dist = {source: 0}
    prev = {}
    queue = [(0, source)]
    seen = set()
    while queue:
        d, node = heapq.heappop(queue)
        if node in seen:
            continue
        seen.add(node)
        for neighbour, weight in graph.get(node, []):
            nd = d + weight
            if nd < dist.get(neighbour, float("inf")):
                dist[neighbour] = nd
                prev[neighbour] = node
                heapq.heappush(queue, (nd, neighbour))
    return dist, prev

graph = {
    "A": [("B", 7), ("C", 9), ("F", 14)],
    "B": [("A", 7), ("C", 10), ("D", 15)],
    "C": [("A", 9), ("B", 10), ("D", 11), ("F", 2)],
    "D": [("B", 15), ("C", 11), ("E", 6)],
    "E": [("D", 6), ("F", 9)],
    "F": [("A", 14), ("C", 2), ("E", 9)],
}
dist, prev = dijkstra(graph, "A")
for node in sorted(dist):
    path = [node]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    print(node, dist[node], "->".join(reversed(path)))

class Job:
    def __init__(self, name, cost):
        self.name, self.cost = name, cost
    def __lt__(self, other):
        return self.cost < other.cost
    def __repr__(self):
        return f"Job({self.name}, {self.cost})"

jobs = [Job("a", 5), Job("b", 1), Job("c", 3), Job("d", 1)]
heapq.heapify(jobs)
print(jobs)
print([heapq.heappop(jobs) for _ in range(4)])
