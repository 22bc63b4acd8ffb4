import heapq
from graphlib import TopologicalSorter, CycleError
from collections import defaultdict, deque

TASKS = {
    "deploy": {"test", "build"},
    "test": {"build"},
    "build": {"fetch", "configure"},
    "configure": {"fetch"},
    "docs": {"configure"},
    "fetch": set(),
}
DURATION = {"fetch": 3, "configure": 2, "build": 7, "test": 5, "docs": 4, "deploy": 1}

ts = TopologicalSorter(TASKS)
order = list(ts.static_order())
print(order)


def kahn(graph):
    indeg = {n: 0 for n in graph}
    users = defaultdict(list)
    for n, deps in graph.items():
        for d in deps:
            indeg[n] += 1
            users[d].append(n)
    ready = sorted(n for n, k in indeg.items() if k == 0)
    heapq.heapify(ready)
    out = []
    while ready:
        n = heapq.heappop(ready)
        out.append(n)
        for u in users[n]:
            indeg[u] -= 1
            if indeg[u] == 0:
                heapq.heappush(ready, u)
    if len(out) != len(graph):
        raise ValueError("cycle detected among: " + ", ".join(sorted(n for n in graph if n not in out)))
    return out


print(kahn(TASKS))
finish = {}
for t in kahn(TASKS):
    start = max((finish[d] for d in TASKS[t]), default=0)
    finish[t] = start + DURATION[t]
    print(f"{t:<10} start={start:>2} end={finish[t]:>2}")
print("makespan", max(finish.values()))
workers = [(0, i) for i in range(2)]
events = []
for t in kahn(TASKS):
    free_at, w = heapq.heappop(workers)
    begin = max(free_at, max((f for d, f in events if d in TASKS[t]), default=0))
    events.append((t, begin + DURATION[t]))
    heapq.heappush(workers, (begin + DURATION[t], w))
    print(f"worker {w}: {t} {begin}-{begin + DURATION[t]}")
bad = dict(TASKS, fetch={"deploy"})
try:
    kahn(bad)
except ValueError as e:
    print(e)
try:
    list(TopologicalSorter(bad).static_order())
except CycleError as e:
    print("CycleError", e.args[0], len(e.args[1]) > 1)
ts2 = TopologicalSorter()
ts2.add("b", "a")
ts2.add("c", "a", "b")
ts2.prepare()
rounds = []
while ts2.is_active():
    ready = sorted(ts2.get_ready())
    rounds.append(ready)
    ts2.done(*ready)
print(rounds)
q = deque(["fetch"])
seen = {"fetch"}
rev = defaultdict(set)
for n, deps in TASKS.items():
    for d in deps:
        rev[d].add(n)
while q:
    n = q.popleft()
    for m in sorted(rev[n]):
        if m not in seen:
            seen.add(m)
            q.append(m)
print(len(seen), sorted(seen))
