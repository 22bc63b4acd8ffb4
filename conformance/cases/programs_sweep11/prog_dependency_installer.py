from graphlib import TopologicalSorter, CycleError

packages = {
    "app": ["web", "db", "log"],
    "web": ["http", "log"],
    "db": ["log", "pool"],
    "http": [],
    "log": [],
    "pool": ["log"],
}


def install_order(pkgs, target):
    needed = set()
    stack = [target]
    while stack:
        p = stack.pop()
        if p in needed:
            continue
        if p not in pkgs:
            raise LookupError(f"unknown package {p!r} (required somewhere under {target!r})")
        needed.add(p)
        stack.extend(pkgs[p])
    ts = TopologicalSorter({p: pkgs[p] for p in needed})
    order = []
    ts.prepare()
    while ts.is_active():
        batch = sorted(ts.get_ready())
        order.append(batch)
        ts.done(*batch)
    return order


print(install_order(packages, "app"))
print(install_order(packages, "db"))
packages["log"] = ["colors"]
try:
    install_order(packages, "web")
except LookupError as e:
    print("LookupError", e)
packages["log"] = ["app"]
try:
    install_order(packages, "app")
except CycleError as e:
    print("CycleError", e.args[0])
