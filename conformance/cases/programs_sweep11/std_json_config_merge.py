import json

defaults = json.loads("""
{"server": {"host": "0.0.0.0", "port": 8080, "tls": {"enabled": false}},
 "logging": {"level": "INFO", "handlers": ["console"]},
 "features": []}
""")
override = json.loads('{"server": {"port": 9090, "tls": {"enabled": true, "cert": "c.pem"}}, "logging": {"handlers": ["file"]}, "debug": true}')


def deep_merge(a, b, path=""):
    out = dict(a)
    for k, v in b.items():
        p = f"{path}.{k}" if path else k
        if k in out and isinstance(out[k], dict) and isinstance(v, dict):
            out[k] = deep_merge(out[k], v, p)
        else:
            if k in out and type(out[k]) is not type(v):
                print(f"type change at {p}: {type(out[k]).__name__} -> {type(v).__name__}")
            out[k] = v
    return out


cfg = deep_merge(defaults, override)
print(json.dumps(cfg, indent=2, sort_keys=True))


def flatten(d, prefix=""):
    for k, v in d.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            yield from flatten(v, key + ".")
        else:
            yield key, v


for k, v in sorted(flatten(cfg)):
    print(f"{k:<22}= {json.dumps(v)}")
