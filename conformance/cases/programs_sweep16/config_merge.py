import json, copy
from collections import ChainMap, OrderedDict
from collections.abc import Mapping, MutableMapping

DEFAULTS = {"server": {"host": "0.0.0.0", "port": 8080, "tls": {"enabled": False, "cert": None}}, "log": {"level": "INFO", "handlers": ["console"]}, "features": []}
USER = json.loads('{"server": {"port": 9090, "tls": {"enabled": true}}, "log": {"handlers": ["file"]}, "features": ["beta"], "extra": 1}')

def deep_merge(base, over):
    out = copy.deepcopy(base)
    for k, v in over.items():
        if isinstance(v, Mapping) and isinstance(out.get(k), Mapping):
            out[k] = deep_merge(out[k], v)
        elif isinstance(v, list) and isinstance(out.get(k), list):
            out[k] = out[k] + [x for x in v if x not in out[k]]
        else:
            out[k] = copy.deepcopy(v)
    return out

merged = deep_merge(DEFAULTS, USER)
print(json.dumps(merged, indent=2, sort_keys=True))
print(DEFAULTS["server"]["port"], DEFAULTS["log"]["handlers"])

def flatten(d, prefix=""):
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            yield from flatten(v, key)
        else:
            yield key, v
flat = dict(flatten(merged))
for k in sorted(flat):
    print(f"{k:<22}= {flat[k]!r}")

def unflatten(items):
    root = {}
    for key, val in items:
        cur = root
        *parents, leaf = key.split(".")
        for p in parents:
            cur = cur.setdefault(p, {})
        cur[leaf] = val
    return root
print(unflatten(flat.items()) == merged)

class EnvConfig(MutableMapping):
    def __init__(self, prefix, env):
        self.prefix, self.env = prefix, env
    def _k(self, k):
        return self.prefix + k.upper()
    def __getitem__(self, k):
        try:
            return self.env[self._k(k)]
        except KeyError:
            raise KeyError(k) from None
    def __setitem__(self, k, v):
        self.env[self._k(k)] = str(v)
    def __delitem__(self, k):
        del self.env[self._k(k)]
    def __iter__(self):
        return (k[len(self.prefix):].lower() for k in self.env if k.startswith(self.prefix))
    def __len__(self):
        return sum(1 for _ in self)
env = {"APP_PORT": "7000", "APP_DEBUG": "1", "HOME": "/root"}
ec = EnvConfig("APP_", env)
print(dict(ec), len(ec), "port" in ec, ec.get("missing", "dflt"), list(ec.keys()), list(ec.items()))
ec["level"] = 3
ec.update(user="x")
print(sorted(env), ec.pop("debug"), ec.setdefault("debug", "0"), sorted(ec))
try:
    ec["zzz"]
except KeyError as e:
    print("KeyError", e)
print(isinstance(ec, Mapping), isinstance({}, MutableMapping), ec == {"port": "7000", "level": "3", "user": "x", "debug": "0"})
cm = ChainMap({"port": "1"}, ec, {"host": "h"})
print(cm["port"], cm["host"], cm["level"], sorted(cm.keys()))
print(json.dumps(OrderedDict(sorted(flat.items(), key=lambda kv: (-len(kv[0]), kv[0]))), indent=None)[:120])
s = json.dumps(merged, indent=2)
print(len(s), s.count("\n"), json.loads(s) == merged)
print(json.dumps({"a": 1, "b": [1, 2]}, indent=2, separators=(",", ": ")), json.dumps([1, [2, [3]]], indent=1, separators=(", ", ":")))
