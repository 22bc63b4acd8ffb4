# graphlib.TopologicalSorter: static_order and the get_ready/done protocol.
from graphlib import TopologicalSorter, CycleError

graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
print(list(TopologicalSorter({"D": ["B", "C"], "C": ["A"], "B": ["A"]}).static_order()))
print(list(TopologicalSorter({2: [1], 3: [2], 4: [2, 3], 5: []}).static_order()))
print(list(TopologicalSorter().static_order()))
ts = TopologicalSorter()
ts.add("build", "compile", "link")
ts.add("link", "compile")
ts.add("compile", "fetch")
ts.add("test", "build")
ts.add("fetch")
print(list(ts.static_order()))

ts = TopologicalSorter({"pie": ["apples", "crust"], "crust": ["flour", "butter"],
                        "apples": ["orchard"]})
ts.prepare()
steps = []
while ts.is_active():
    ready = ts.get_ready()
    steps.append(sorted(ready))
    ts.done(*ready)
print(steps, bool(ts), ts.get_ready())

ts = TopologicalSorter({1: [0], 2: [0], 3: [1, 2]})
ts.prepare()
print(ts.get_ready(), bool(ts))
ts.done(0)
print(ts.get_ready())
ts.done(2)
print(ts.get_ready(), ts.is_active())
ts.done(1)
print(ts.get_ready())
ts.done(3)
print(ts.is_active(), ts.get_ready())
print(TopologicalSorter[str])
