old = [
    {"id": 1, "name": "Ann", "email": "ann@a.io", "plan": "pro"},
    {"id": 2, "name": "Bob", "email": "bob@b.io", "plan": "free"},
    {"id": 3, "name": "Cy", "email": "cy@c.io", "plan": "free"},
]
new = [
    {"id": 1, "name": "Ann", "email": "ann@new.io", "plan": "pro"},
    {"id": 3, "name": "Cy", "email": "cy@c.io", "plan": "team", "seats": 5},
    {"id": 4, "name": "Di", "email": "di@d.io", "plan": "free"},
]


def index(rows):
    return {r["id"]: r for r in rows}


def diff(old, new):
    a, b = index(old), index(new)
    added = sorted(b.keys() - a.keys())
    removed = sorted(a.keys() - b.keys())
    changed = {}
    for k in sorted(a.keys() & b.keys()):
        fields = {}
        for f in sorted(a[k].keys() | b[k].keys()):
            if a[k].get(f) != b[k].get(f):
                fields[f] = (a[k].get(f, "<missing>"), b[k].get(f, "<missing>"))
        if fields:
            changed[k] = fields
    return added, removed, changed


added, removed, changed = diff(old, new)
print("added:", added, "removed:", removed)
for k, fields in changed.items():
    for f, (x, y) in fields.items():
        print(f"  id={k} {f}: {x!r} -> {y!r}")
summary = f"{len(added)} added, {len(removed)} removed, {len(changed)} changed"
print(summary, "| unchanged:", sorted(index(old).keys() & index(new).keys() - changed.keys()))
