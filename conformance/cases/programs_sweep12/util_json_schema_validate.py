SCHEMA = {
    "type": "object",
    "required": ["name", "age", "tags"],
    "properties": {
        "name": {"type": "string", "minLength": 1},
        "age": {"type": "integer", "minimum": 0, "maximum": 150},
        "email": {"type": "string", "pattern": "@"},
        "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 3},
        "address": {"type": "object", "required": ["city"], "properties": {"city": {"type": "string"}}},
    },
}
TYPES = {"string": str, "integer": int, "object": dict, "array": list, "number": (int, float)}


def validate(value, schema, path="$"):
    errors = []
    t = schema.get("type")
    if t and not (isinstance(value, TYPES[t]) and not (t == "integer" and isinstance(value, bool))):
        return [f"{path}: expected {t}, got {type(value).__name__}"]
    if t == "object":
        for key in schema.get("required", []):
            if key not in value:
                errors.append(f"{path}: missing required {key!r}")
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                errors += validate(value[key], sub, f"{path}.{key}")
        extra = set(value) - set(schema.get("properties", {}))
        errors += [f"{path}: unexpected {k!r}" for k in sorted(extra)]
    elif t == "array":
        if len(value) > schema.get("maxItems", len(value)):
            errors.append(f"{path}: more than {schema['maxItems']} items")
        for i, item in enumerate(value):
            errors += validate(item, schema.get("items", {}), f"{path}[{i}]")
    elif t == "string":
        if len(value) < schema.get("minLength", 0):
            errors.append(f"{path}: shorter than {schema['minLength']}")
        if "pattern" in schema and schema["pattern"] not in value:
            errors.append(f"{path}: does not match {schema['pattern']!r}")
    elif t == "integer":
        if value < schema.get("minimum", value) or value > schema.get("maximum", value):
            errors.append(f"{path}: {value} out of range")
    return errors


docs = [
    {"name": "Ann", "age": 31, "tags": ["a"], "email": "ann@x.io"},
    {"name": "", "age": 200, "tags": ["a", 2, "c", "d"], "email": "nope"},
    {"name": "Bo", "age": True, "tags": [], "address": {"zip": 1}, "nickname": "b"},
    ["not", "an", "object"],
]
for d in docs:
    errs = validate(d, SCHEMA)
    print("VALID" if not errs else f"{len(errs)} error(s):")
    for e in errs:
        print("   ", e)
