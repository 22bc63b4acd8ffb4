from graphlib import TopologicalSorter, CycleError
deps = {"app": {"lib", "utils"}, "lib": {"core"}, "utils": {"core"}, "core": set(), "tests": {"app"}}
ts = TopologicalSorter(deps)
print(list(ts.static_order()))
ts2 = TopologicalSorter(deps)
ts2.prepare()
layer = 0
while ts2.is_active():
    ready = sorted(ts2.get_ready())
    print("layer", layer, ready)
    ts2.done(*ready)
    layer += 1
cyc = TopologicalSorter({"a": {"b"}, "b": {"c"}, "c": {"a"}})
try:
    cyc.prepare()
except CycleError as e:
    print("cycle:", e.args[0], sorted(e.args[1]))
def kahn(graph):
    indeg = {n: 0 for n in graph}
    for n, ds in graph.items():
        for d in ds:
            indeg[n] += 1
    order = []
    ready = sorted(n for n, k in indeg.items() if k == 0)
    rev = {n: [] for n in graph}
    for n, ds in graph.items():
        for d in ds:
            rev[d].append(n)
    while ready:
        n = ready.pop(0); order.append(n)
        for m in sorted(rev[n]):
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
    return order
print(kahn(deps))
