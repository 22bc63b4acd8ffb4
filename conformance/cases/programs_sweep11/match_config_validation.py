def validate(cfg):
    match cfg:
        case {"version": 1, "name": str(name), "replicas": int(n)} if n > 0:
            return f"v1 {name} x{n}"
        case {"version": 1, "replicas": int(n)} if n <= 0:
            return "v1 error: replicas must be positive"
        case {"version": 2, "service": {"name": str(name), "ports": [int(p), *more]}}:
            return f"v2 {name} ports {[p, *more]}"
        case {"version": 2, "service": {"ports": []}}:
            return "v2 error: no ports"
        case {"version": int(v)} if v > 2:
            return f"unsupported version {v}"
        case {"version": _}:
            return "malformed config"
        case _:
            return "not a config"


configs = [
    {"version": 1, "name": "web", "replicas": 3},
    {"version": 1, "name": "web", "replicas": 0},
    {"version": 2, "service": {"name": "api", "ports": [80, 443]}},
    {"version": 2, "service": {"name": "api", "ports": []}},
    {"version": 7},
    {"version": "1"},
    ["version", 1],
]
for c in configs:
    print(validate(c))
