class CircularDependency(Exception):
    def __init__(self, cycle):
        super().__init__(" -> ".join(cycle))
        self.cycle = cycle


class MissingPackage(Exception):
    pass


class Package:
    def __init__(self, name, version, deps=()):
        self.name, self.version = name, version
        self.deps = list(deps)

    def __repr__(self):
        return f"{self.name}=={self.version}"


class Resolver:
    def __init__(self):
        self.index = {}

    def add(self, name, version, *deps):
        self.index[name] = Package(name, version, deps)
        return self

    def resolve(self, *roots):
        order, state = [], {}

        def visit(name, path):
            if state.get(name) == "done":
                return
            if state.get(name) == "active":
                start = path.index(name)
                raise CircularDependency(path[start:] + [name])
            if name not in self.index:
                raise MissingPackage(f"{name} (required by {path[-1] if path else 'root'})")
            state[name] = "active"
            for d in sorted(self.index[name].deps):
                visit(d, path + [name])
            state[name] = "done"
            order.append(self.index[name])

        for r in roots:
            visit(r, [])
        return order

    def levels(self, *roots):
        depth = {}
        for pkg in self.resolve(*roots):
            depth[pkg.name] = 1 + max((depth[d] for d in pkg.deps), default=-1)
        by_level = {}
        for name, lv in depth.items():
            by_level.setdefault(lv, []).append(name)
        return [sorted(by_level[k]) for k in sorted(by_level)]

    def reverse_deps(self, target):
        return sorted(p.name for p in self.index.values() if target in p.deps)


r = Resolver()
r.add("app", "1.0", "web", "db", "log")
r.add("web", "2.3", "http", "template", "log")
r.add("http", "0.9", "socket", "log")
r.add("template", "1.1", "escape")
r.add("db", "5.0", "socket", "pool")
r.add("pool", "1.2")
r.add("socket", "3.3")
r.add("log", "0.1")
r.add("escape", "1.0")
print(r.resolve("app"))
print(r.levels("app"))
print(r.resolve("template", "pool"))
print(r.reverse_deps("log"), r.reverse_deps("socket"), r.reverse_deps("app"))
r.add("plugin", "0.1", "app", "extra")
try:
    r.resolve("plugin")
except MissingPackage as e:
    print("MissingPackage", e)
r.add("extra", "1.0", "helper")
r.add("helper", "1.0", "extra2")
r.add("extra2", "1.0", "extra")
try:
    r.resolve("plugin")
except CircularDependency as e:
    print("CircularDependency", e, len(e.cycle))
r.add("extra2", "1.1")
print([p.name for p in r.resolve("plugin")])
print(len(r.levels("plugin")), r.levels("plugin")[-1])
