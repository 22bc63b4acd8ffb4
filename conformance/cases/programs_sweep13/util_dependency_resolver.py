from graphlib import TopologicalSorter, CycleError

packages = {
    "app": {"web", "db", "auth"},
    "web": {"http", "templates"},
    "auth": {"db", "crypto"},
    "db": {"driver"},
    "templates": {"markup"},
    "http": set(),
    "crypto": set(),
    "driver": set(),
    "markup": set(),
}
ts = TopologicalSorter(packages)
order = list(ts.static_order())
print(order.index("driver") < order.index("db") < order.index("auth") < order.index("app"))
ts = TopologicalSorter(packages)
ts.prepare()
wave = 0
while ts.is_active():
    ready = sorted(ts.get_ready())
    wave += 1
    print(f"wave {wave}: {ready}")
    ts.done(*ready)
cyclic = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}
try:
    list(TopologicalSorter(cyclic).static_order())
except CycleError as e:
    msg, cycle = e.args
    print(msg, len(cycle) - 1, cycle[0] == cycle[-1])
