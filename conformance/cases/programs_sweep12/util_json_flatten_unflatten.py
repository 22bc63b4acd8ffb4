import json

DOC = json.loads("""{
  "user": {"name": "Ann", "address": {"city": "Rome", "zip": "00100"}, "tags": ["admin", "dev"]},
  "active": true, "score": 9.5, "history": [{"ts": 1, "ev": "login"}, {"ts": 2, "ev": "logout"}],
  "meta": {}
}""")


def flatten(obj, prefix=""):
    out = {}
    if isinstance(obj, dict) and obj:
        for k, v in obj.items():
            out.update(flatten(v, f"{prefix}.{k}" if prefix else k))
    elif isinstance(obj, list) and obj:
        for i, v in enumerate(obj):
            out.update(flatten(v, f"{prefix}[{i}]"))
    else:
        out[prefix] = obj
    return out


def unflatten(flat):
    import re
    root = {}
    for path, value in flat.items():
        parts = re.findall(r"[^.\[\]]+|\[\d+\]", path)
        cur = root
        for part, nxt in zip(parts, parts[1:] + [None]):
            key = int(part[1:-1]) if part.startswith("[") else part
            container = [] if nxt is not None and nxt.startswith("[") else {}
            if nxt is None:
                if isinstance(cur, list):
                    cur.append(value)
                else:
                    cur[key] = value
            else:
                if isinstance(cur, list):
                    if key >= len(cur):
                        cur.append(container)
                    cur = cur[key]
                else:
                    cur = cur.setdefault(key, container)
    return root


flat = flatten(DOC)
for k, v in flat.items():
    print(f"{k:<22} {json.dumps(v)}")
back = unflatten(flat)
print(back == DOC, json.dumps(back, sort_keys=True)[:80])
print(json.dumps(flat, indent=1)[:60].splitlines())
