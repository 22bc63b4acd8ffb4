# Validate decoded JSON against a tiny schema language with match.
import json


def check(value, schema, path="$"):
    match schema, value:
        case "int", bool():
            return [f"{path}: expected int, got bool"]
        case "int", int():
            return []
        case "str", str():
            return []
        case ("opt", inner), None:
            return []
        case ("opt", inner), _:
            return check(value, inner, path)
        case ["list", inner], list(items):
            return [e for i, item in enumerate(items) for e in check(item, inner, f"{path}[{i}]")]
        case {"fields": dict(fields)}, dict(obj):
            errors = [f"{path}: missing {k}" for k in fields if k not in obj and fields[k][0] != "opt"]
            for k, sub in fields.items():
                if k in obj:
                    errors += check(obj[k], sub, f"{path}.{k}")
            extra = sorted(set(obj) - set(fields))
            return errors + ([f"{path}: unexpected {extra}"] if extra else [])
        case _:
            return [f"{path}: expected {schema if isinstance(schema, str) else type(schema).__name__}, got {type(value).__name__}"]


SCHEMA = {"fields": {"id": "int", "name": "str", "tags": ["list", "str"], "parent": ("opt", "int")}}
docs = ['{"id": 1, "name": "a", "tags": ["x"]}', '{"id": true, "name": 3, "tags": ["x", 2]}',
        '{"name": "b", "tags": [], "parent": "p", "colour": 1}', '[1, 2]', '{"id": 2, "name": "c", "tags": "no", "parent": null}']
for d in docs:
    print(check(json.loads(d), SCHEMA) or "valid")
