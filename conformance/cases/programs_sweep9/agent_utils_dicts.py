import json
from collections.abc import Mapping
from functools import reduce
def flatten(d, parent="", sep="."):
    items = {}
    for k, v in d.items():
        key = f"{parent}{sep}{k}" if parent else str(k)
        if isinstance(v, Mapping) and v:
            items.update(flatten(v, key, sep))
        elif isinstance(v, list):
            for i, x in enumerate(v):
                items.update(flatten({str(i): x}, key, sep))
        else:
            items[key] = v
    return items
def unflatten(flat, sep="."):
    root = {}
    for key, v in flat.items():
        parts = key.split(sep)
        node = root
        for p in parts[:-1]:
            node = node.setdefault(p, {})
        node[parts[-1]] = v
    return root
def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if k in out and isinstance(out[k], dict) and isinstance(v, dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out
def get_path(d, path, default=None):
    try:
        return reduce(lambda acc, k: acc[int(k)] if isinstance(acc, list) else acc[k], path.split("."), d)
    except (KeyError, IndexError, TypeError, ValueError):
        return default
def invert(d):
    out = {}
    for k, v in d.items():
        out.setdefault(v, []).append(k)
    return out
cfg = {"db": {"host": "h", "ports": [5432, 5433], "opts": {}}, "debug": False, "name": "app"}
flat = flatten(cfg)
print(flat)
print(unflatten({"a.b.c": 1, "a.b.d": 2, "a.e": 3, "f": 4}))
print(json.dumps(deep_merge(cfg, {"db": {"host": "prod", "user": "u"}, "debug": True}), sort_keys=True))
print(get_path(cfg, "db.ports.1"), get_path(cfg, "db.ports.9", "none"), get_path(cfg, "db.host.x", "bad"), get_path(cfg, "name"))
print(invert({"a": 1, "b": 2, "c": 1}), {v: k for k, v in {"a": 1, "b": 1}.items()})
print(dict(sorted(flat.items(), key=lambda kv: str(kv[1]))), {k: v for k, v in flat.items() if isinstance(v, int) and not isinstance(v, bool)})
