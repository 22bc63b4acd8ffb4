INDEX = {
    "web": {"2.0": {"http": ">=1.2", "tmpl": ">=3.0"}, "1.5": {"http": ">=1.0"}},
    "http": {"1.0": {}, "1.2": {"ssl": ">=2.0"}, "1.3": {"ssl": ">=2.1"}},
    "tmpl": {"3.0": {}, "3.1": {"http": "<1.3"}},
    "ssl": {"2.0": {}, "2.1": {}},
}


def key(v):
    return tuple(map(int, v.split(".")))


def ok(v, spec):
    for op in (">=", "<=", "<", ">", "=="):
        if spec.startswith(op):
            target = key(spec[len(op):])
            return {">=": key(v) >= target, "<=": key(v) <= target, "<": key(v) < target,
                    ">": key(v) > target, "==": key(v) == target}[op]
    return True


def resolve(reqs, chosen=None):
    chosen = dict(chosen or {})
    pending = list(reqs.items())
    if not pending:
        return chosen
    (name, spec), rest = pending[0], dict(pending[1:])
    if name in chosen:
        return resolve(rest, chosen) if ok(chosen[name], spec) else None
    for v in sorted(INDEX[name], key=key, reverse=True):
        if ok(v, spec):
            sub = {**rest, **INDEX[name][v]}
            got = resolve(sub, {**chosen, name: v})
            if got is not None:
                return got
    return None


print(resolve({"web": ">=2.0"}))
print(resolve({"web": ">=1.0", "ssl": "==2.0"}))
print(resolve({"tmpl": "==3.1", "http": ">=1.3"}))
print(resolve({"http": ">1.0"}))
