from graphlib import TopologicalSorter, CycleError

deps = {
    "app": {"lib", "config"},
    "lib": {"utils", "log"},
    "config": {"log"},
    "tests": {"app", "fixtures"},
    "fixtures": set(),
    "utils": set(),
    "log": set(),
}
ts = TopologicalSorter(deps)
order = list(ts.static_order())
print(order.index("log") < order.index("lib") < order.index("app"), len(order))
ts = TopologicalSorter(deps)
ts.prepare()
wave = 0
while ts.is_active():
    ready = sorted(ts.get_ready())
    wave += 1
    print(f"wave {wave}: {ready}")
    ts.done(*ready)
ts2 = TopologicalSorter()
ts2.add("b", "a")
ts2.add("c", "b")
ts2.add("a", "c")
try:
    list(ts2.static_order())
except CycleError as e:
    print("CycleError:", e.args[0], sorted(set(e.args[1])))
ts3 = TopologicalSorter({"x": ["y"]})
ts3.prepare()
try:
    ts3.prepare()
except ValueError as e:
    print("ValueError:", e)
