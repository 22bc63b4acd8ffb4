import json
from collections import ChainMap

defaults = {"debug": False, "workers": 4, "db": {"host": "localhost", "port": 5432}, "tags": ["base"]}
file_cfg = json.loads('{"workers": 8, "db": {"port": 6543}, "tags": ["file"]}')
env = {"APP_DEBUG": "true", "APP_DB__HOST": "db.internal", "APP_WORKERS": "16", "OTHER": "x"}


def deep_merge(base, override):
    out = dict(base)
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        elif isinstance(v, list) and isinstance(out.get(k), list):
            out[k] = out[k] + [x for x in v if x not in out[k]]
        else:
            out[k] = v
    return out


def from_env(env, prefix="APP_"):
    result = {}
    for key, raw in env.items():
        if not key.startswith(prefix):
            continue
        path = key[len(prefix):].lower().split("__")
        value = {"true": True, "false": False}.get(raw.lower(), raw)
        if isinstance(value, str) and value.isdigit():
            value = int(value)
        node = result
        for p in path[:-1]:
            node = node.setdefault(p, {})
        node[path[-1]] = value
    return result


merged = deep_merge(deep_merge(defaults, file_cfg), from_env(env))
print(json.dumps(merged, indent=2, sort_keys=True))
layers = ChainMap({"workers": 2}, file_cfg, defaults)
print(layers["workers"], layers["debug"], layers.maps[1]["tags"], len(layers))
child = layers.new_child({"debug": True})
print(child["debug"], child.parents["debug"], list(child.keys()))
