def diff(old, new, key="id"):
    o = {r[key]: r for r in old}
    n = {r[key]: r for r in new}
    added = sorted(n.keys() - o.keys())
    removed = sorted(o.keys() - n.keys())
    changed = {}
    for k in sorted(o.keys() & n.keys()):
        fields = sorted(set(o[k]) | set(n[k]))
        delta = {f: (o[k].get(f), n[k].get(f)) for f in fields if o[k].get(f) != n[k].get(f)}
        if delta:
            changed[k] = delta
    return added, removed, changed


old = [{"id": 1, "name": "ann", "age": 30}, {"id": 2, "name": "bob"}, {"id": 3, "name": "cy", "tags": ["x"]}]
new = [{"id": 1, "name": "ann", "age": 31}, {"id": 3, "name": "cy", "tags": ["x", "y"]}, {"id": 4, "name": "dee"}]
added, removed, changed = diff(old, new)
print("added", added)
print("removed", removed)
for k, d in changed.items():
    for f, (a, b) in d.items():
        print(f"  {k}.{f}: {a!r} -> {b!r}")
print(diff([], []), diff(old, old)[2])
