# Mapping patterns: **rest copies the unmatched keys, extra keys are
# ignored, missing keys fail, and __missing__/defaultdict are not used.
from collections import defaultdict, OrderedDict


def show(subject):
    match subject:
        case {"type": "point", "x": x, "y": y, **rest}:
            return f"point {x},{y} rest={rest}"
        case {"type": "empty", **rest} if not rest:
            return "empty with nothing else"
        case {"type": t, **others}:
            return f"type {t} others={sorted(others.items())}"
        case {}:
            return f"some mapping of {len(subject)}"
        case _:
            return "not a mapping"


print(show({"type": "point", "x": 1, "y": 2}))
print(show({"type": "point", "x": 1, "y": 2, "z": 3, "w": 4}))
print(show({"type": "empty"}))
print(show({"type": "empty", "extra": 1}))
print(show({"x": 1}))
print(show({}))
print(show([("type", "point")]))
print(show(OrderedDict(type="point", x=5, y=6, label="p")))

dd = defaultdict(lambda: "made up")
dd["type"] = "point"
print(show(dd))
print("keys after match", sorted(dd))

class Missing(dict):
    def __missing__(self, key):
        print("__missing__ called for", key)
        return 0
print(show(Missing(type="point", x=1)))

match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        rest["c"] = 3
        print(type(rest).__name__, rest)

match {1: "one", 2.0: "two", (3, 4): "tuple"}:
    case {1: a, 2: b}:
        print("numeric keys", a, b)

