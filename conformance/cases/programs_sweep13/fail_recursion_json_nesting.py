def depth(obj):
    if isinstance(obj, dict):
        return 1 + max((depth(v) for v in obj.values()), default=0)
    if isinstance(obj, list):
        return 1 + max((depth(v) for v in obj), default=0)
    return 0


def nest(n):
    doc = {}
    for _ in range(n):
        doc = {"child": doc}
    return doc


print(depth({"a": [1, {"b": []}]}), depth(nest(50)))
cyclic = {"name": "loop"}
cyclic["self"] = cyclic
print(depth(cyclic))
