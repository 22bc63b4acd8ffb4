from collections import deque, defaultdict
from graphlib import TopologicalSorter, CycleError


def kahn(n, prereqs):
    indeg = [0] * n
    adj = defaultdict(list)
    for a, b in prereqs:
        adj[b].append(a)
        indeg[a] += 1
    q = deque(i for i in range(n) if indeg[i] == 0)
    order = []
    while q:
        u = q.popleft()
        order.append(u)
        for v in adj[u]:
            indeg[v] -= 1
            if indeg[v] == 0:
                q.append(v)
    return order if len(order) == n else None


print(kahn(4, [(1, 0), (2, 0), (3, 1), (3, 2)]), kahn(2, [(0, 1), (1, 0)]), kahn(3, []))
ts = TopologicalSorter({"app": {"lib", "utils"}, "lib": {"utils"}, "tests": {"app"}})
print(list(ts.static_order()))
ts2 = TopologicalSorter()
ts2.add("a", "b")
ts2.add("b", "a")
try:
    list(ts2.static_order())
except CycleError as e:
    print("CycleError", e.args[0], sorted(e.args[1]))
ts3 = TopologicalSorter({"c": {"a"}, "b": {"a"}})
ts3.prepare()
rounds = []
while ts3.is_active():
    ready = sorted(ts3.get_ready())
    rounds.append(ready)
    ts3.done(*ready)
print(rounds)
