import json

OLD = json.loads('{"name": "svc", "replicas": 2, "env": {"LOG": "info", "TZ": "UTC"}, "ports": [80, 443], "debug": false}')
NEW = json.loads('{"name": "svc", "replicas": 3, "env": {"LOG": "debug", "REGION": "eu"}, "ports": [80, 8443], "owner": "ops"}')


def diff(a, b, path=""):
    changes = []
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(a.keys() | b.keys()):
            p = f"{path}.{k}" if path else k
            if k not in b:
                changes.append(("-", p, a[k], None))
            elif k not in a:
                changes.append(("+", p, None, b[k]))
            else:
                changes += diff(a[k], b[k], p)
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            changes += diff(x, y, f"{path}[{i}]")
    elif a != b:
        changes.append(("~", path, a, b))
    return changes


for op, path, old, new in diff(OLD, NEW):
    if op == "~":
        print(f"~ {path}: {json.dumps(old)} -> {json.dumps(new)}")
    elif op == "+":
        print(f"+ {path}: {json.dumps(new)}")
    else:
        print(f"- {path}: {json.dumps(old)}")
patch = [{"op": {"~": "replace", "+": "add", "-": "remove"}[o], "path": "/" + p.replace(".", "/").replace("[", "/").replace("]", ""),
          **({"value": n} if o != "-" else {})} for o, p, _, n in diff(OLD, NEW)]
print(json.dumps(patch, indent=2)[:400])
