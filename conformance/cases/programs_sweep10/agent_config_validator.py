import json
SCHEMA = {
    "name": {"type": str, "required": True},
    "port": {"type": int, "min": 1, "max": 65535, "default": 8080},
    "debug": {"type": bool, "default": False},
    "hosts": {"type": list, "item": str, "default": []},
    "ratio": {"type": (int, float), "min": 0, "max": 1, "default": 0.5},
}
class ConfigError(ValueError):
    def __init__(self, problems):
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s): " + "; ".join(problems))
def validate(raw):
    problems, out = [], {}
    for key in sorted(set(raw) - set(SCHEMA)):
        problems.append(f"unknown key {key!r}")
    for key, rule in SCHEMA.items():
        if key not in raw:
            if rule.get("required"):
                problems.append(f"missing required {key!r}")
            else:
                out[key] = rule["default"]
            continue
        val = raw[key]
        typ = rule["type"]
        if isinstance(val, bool) and typ is not bool and bool not in (typ if isinstance(typ, tuple) else (typ,)):
            problems.append(f"{key}: bool is not {getattr(typ, '__name__', 'number')}")
            continue
        if not isinstance(val, typ):
            names = " or ".join(t.__name__ for t in (typ if isinstance(typ, tuple) else (typ,)))
            problems.append(f"{key}: expected {names}, got {type(val).__name__} {val!r}")
            continue
        if "min" in rule and val < rule["min"] or "max" in rule and val > rule["max"]:
            problems.append(f"{key}: {val} not in [{rule['min']}, {rule['max']}]")
            continue
        if "item" in rule:
            bad = [i for i, x in enumerate(val) if not isinstance(x, rule["item"])]
            if bad:
                problems.append(f"{key}: items {bad} are not {rule['item'].__name__}")
                continue
        out[key] = val
    if problems:
        raise ConfigError(problems)
    return out
docs = ['{"name": "svc", "port": 443, "hosts": ["a", "b"]}', '{"port": 0, "debug": "yes", "extra": 1}',
        '{"name": "x", "ratio": 1.5, "hosts": ["a", 2, null]}', '{"name": "y", "port": true, "ratio": 1}', '{"name": "z", bad json}']
for doc in docs:
    try:
        print("OK", json.dumps(validate(json.loads(doc)), sort_keys=True))
    except ConfigError as e:
        print("INVALID", e)
        for p in e.problems: print("   -", p)
    except json.JSONDecodeError as e:
        print("JSON", e.msg, e.lineno, e.colno, e.pos)
