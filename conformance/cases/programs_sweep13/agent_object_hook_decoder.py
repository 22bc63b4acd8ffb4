import json
from decimal import Decimal


def hook(obj):
    if "__point__" in obj:
        return complex(obj["x"], obj["y"])
    if obj.keys() == {"amount", "currency"}:
        return (obj["currency"], obj["amount"])
    return obj


doc = """
{"shape": [{"__point__": 1, "x": 0, "y": 0}, {"__point__": 1, "x": 3, "y": 4}],
 "price": {"amount": 19.99, "currency": "USD"},
 "meta": {"tags": ["a", "b"], "ratio": 0.1}}
"""
data = json.loads(doc, object_hook=hook)
print(data["shape"], abs(data["shape"][1] - data["shape"][0]))
print(data["price"])
exact = json.loads(doc, parse_float=Decimal)
print(exact["price"]["amount"] * 3, type(exact["meta"]["ratio"]).__name__)
pairs = json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list)
print(pairs)
ints = json.loads("[1, 2.5, 3e2]", parse_int=str, parse_float=lambda s: f"<{s}>")
print(ints)
consts = json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda c: c.lower())
print(consts)
print(json.dumps({"z": 1, "a": [1, 2]}, separators=(",", ":"), sort_keys=True))
