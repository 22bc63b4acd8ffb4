import json
from decimal import Decimal
from datetime import date, datetime
from collections import OrderedDict

records = [
    {"name": "widget", "price": Decimal("9.99"), "tags": ("a", "b"), "added": date(2024, 1, 5)},
    {"name": "gadget", "price": Decimal("19.50"), "tags": [], "added": date(2023, 12, 31)},
    {"name": "doohickey", "price": Decimal("0.10"), "tags": ["x"], "added": None},
]

def default(o):
    if isinstance(o, Decimal):
        return str(o)
    if isinstance(o, (date, datetime)):
        return o.isoformat()
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")

print(json.dumps(records, default=default))
print(json.dumps(records, default=default, indent=2, sort_keys=True))
print(json.dumps(records, default=default, separators=(",", ":")))
print(json.dumps(records[0], default=default, indent="\t"))
print(json.dumps({"b": 1, "a": [1, 2, {"c": None}]}, indent=0))
print(json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps({"k": [[], {}]}, indent=3))
print(json.dumps("héllo \u2603 \n\t\"q\""))
print(json.dumps("héllo \u2603", ensure_ascii=False))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}))
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps({"x": object()})
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError", e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
l = [1]
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print("ValueError", e)

text = '{"z": 1, "a": {"n": 1.5e3, "m": [true, false, null]}, "big": 12345678901234567890}'
print(json.loads(text))
print(json.loads(text, object_pairs_hook=OrderedDict))
print(json.loads(text, parse_float=Decimal, parse_int=str))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

def hook(d):
    if set(d) == {"x", "y"}:
        return Point(d["x"], d["y"])
    return d

print(json.loads('[{"x": 1, "y": 2}, {"x": 3}, {"x": 5, "y": 6}]', object_hook=hook))

for bad in ['{"a": 1,}', '[1, 2', '{"a" 1}', '', 'nul', '"abc', '[1] x', "{'a': 1}", '01']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e.msg, e.pos, e.lineno, e.colno, "|", e)

print(json.loads('"\\u00e9\\ud83d\\ude00"'))
print(json.loads(' [1 , 2 ] '))
print(json.loads('-0'), json.loads('-0.0'), json.loads('1E2'))
print(json.loads('NaN'), json.loads('Infinity'))

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

print(json.dumps({"s": {3, 1, 2}}, cls=Enc))
print(Enc(indent=1).encode([1, {2, 5}]))
try:
    Enc().encode(object)
except TypeError as e:
    print("TypeError", e)
