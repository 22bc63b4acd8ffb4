import json

SCHEMA = {"name": str, "priority": int, "tags": list, "assignee": (str, type(None))}


class SchemaError(Exception):
    def __init__(self, problems):
        super().__init__(f"{len(problems)} problem(s): " + "; ".join(problems))
        self.problems = problems


def validate(obj):
    problems = []
    for key, kind in SCHEMA.items():
        if key not in obj:
            problems.append(f"missing {key!r}")
        elif not isinstance(obj[key], kind):
            want = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
            problems.append(f"{key!r} should be {want}, got {type(obj[key]).__name__}")
    extra = sorted(set(obj) - set(SCHEMA))
    if extra:
        problems.append(f"unexpected keys {extra}")
    if problems:
        raise SchemaError(problems)
    return obj


ok = validate(json.loads('{"name": "fix bug", "priority": 2, "tags": ["x"], "assignee": null}'))
print("valid:", ok)
payload = '{"name": "deploy", "priority": "high", "tags": "ops", "owner": "kim"}'
validate(json.loads(payload))
