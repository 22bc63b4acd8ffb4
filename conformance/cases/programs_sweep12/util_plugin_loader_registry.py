REGISTRY = {}


def plugin(name, *, version="1.0", requires=()):
    def deco(cls):
        if name in REGISTRY:
            raise KeyError(f"plugin {name!r} already registered")
        cls.plugin_name, cls.version, cls.requires = name, version, tuple(requires)
        REGISTRY[name] = cls
        return cls
    return deco


@plugin("storage")
class Storage:
    def start(self, ctx):
        ctx["db"] = {}
        return "storage ready"


@plugin("cache", version="2.1", requires=["storage"])
class Cache:
    def start(self, ctx):
        ctx["cache"] = {"backend": "db" in ctx}
        return "cache warmed"


@plugin("api", requires=["cache", "auth"])
class Api:
    def start(self, ctx):
        return f"api up with {sorted(ctx)}"


@plugin("auth", version="0.9", requires=["storage"])
class Auth:
    def start(self, ctx):
        ctx["users"] = 3
        return "auth ok"


def start_order(registry):
    order, state = [], {}

    def visit(n, path=()):
        if state.get(n) == "done":
            return
        if state.get(n) == "active":
            raise RuntimeError("cycle: " + " -> ".join(path + (n,)))
        if n not in registry:
            raise LookupError(f"missing plugin {n!r} needed by {path[-1] if path else '?'}")
        state[n] = "active"
        for dep in registry[n].requires:
            visit(dep, path + (n,))
        state[n] = "done"
        order.append(n)

    for n in sorted(registry):
        visit(n)
    return order


ctx = {}
for n in start_order(REGISTRY):
    cls = REGISTRY[n]
    print(f"{n:<8} v{cls.version:<4} {cls().start(ctx)}")
try:
    plugin("cache")(Storage)
except KeyError as e:
    print("KeyError:", e)
REGISTRY["api"].requires = ("cache", "auth", "metrics")
try:
    start_order(REGISTRY)
except LookupError as e:
    print("LookupError:", e)
