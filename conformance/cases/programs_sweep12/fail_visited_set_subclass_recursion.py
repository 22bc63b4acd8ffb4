class Visited(set):
    """A set that also remembers the order things were first seen."""

    def __init__(self):
        super().__init__()
        self.order = []

    def mark(self, node):
        self.add(node)
        self.order.append(node)


class Chain(list):
    """Successor lists: chain[i] holds the nodes reachable from i."""


def dfs(graph, node, seen):
    if node in seen:
        return
    seen.mark(node)
    for nxt in graph[node]:
        dfs(graph, nxt, seen)


small = Chain([[1, 2], [3], [3], []])
seen = Visited()
dfs(small, 0, seen)
print(seen.order, sorted(seen))
big = Chain([[i + 1] for i in range(5000)] + [[]])
dfs(big, 0, Visited())
