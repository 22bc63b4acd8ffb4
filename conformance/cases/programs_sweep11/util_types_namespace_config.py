from types import SimpleNamespace, MappingProxyType


def to_ns(obj):
    if isinstance(obj, dict):
        return SimpleNamespace(**{k: to_ns(v) for k, v in obj.items()})
    if isinstance(obj, list):
        return [to_ns(x) for x in obj]
    return obj


cfg = to_ns({"db": {"host": "localhost", "port": 5432}, "users": [{"name": "a"}, {"name": "b"}], "debug": False})
print(cfg.db.host, cfg.db.port, [u.name for u in cfg.users], cfg.debug)
print(cfg.db, cfg.users[0] == SimpleNamespace(name="a"), vars(cfg.db) if False else sorted(cfg.db.__dict__))
cfg.db.port += 1
del cfg.debug
print(cfg.db.port, hasattr(cfg, "debug"))
try:
    cfg.missing
except AttributeError as e:
    print("AttributeError", e)
ro = MappingProxyType({"x": 1})
print(ro["x"], len(ro), list(ro.items()), ro.get("y", 0), dict(ro) | {"y": 2})
try:
    ro["x"] = 2
except TypeError as e:
    print("TypeError", e)
