# A JSON round trip: nested data, custom encoding, pretty printing and errors.
import json
from datetime import date
from decimal import Decimal

record = {
    "id": 7, "name": "Zoë", "tags": ["a", "b"], "ratio": 0.1 + 0.2, "ok": True,
    "none": None, "nested": {"list": [1, 2.5, -3e-7, {"deep": []}], "empty": {}},
    "big": 2 ** 70, "unicode": "snow ☃ and tab\t",
}
text = json.dumps(record)
print(text)
back = json.loads(text)
print(back == record, back["nested"]["list"][2], type(back["big"]).__name__)
print(json.dumps(record, indent=2, sort_keys=True, ensure_ascii=False)[:200])
print(json.dumps([1, {"b": 2, "a": [3]}], separators=(",", ":")))

class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return {"__date__": o.isoformat()}
        if isinstance(o, Decimal):
            return str(o)
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

def hook(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    return d

payload = {"when": date(2024, 2, 29), "price": Decimal("19.990"), "ids": {3, 1, 2}}
s = json.dumps(payload, cls=Encoder)
print(s)
print(json.loads(s, object_hook=hook))
try:
    json.dumps({"x": 1j})
except TypeError as e:
    print("TypeError", e)
for bad in ['{"a": 1,}', "[1, 2", '{"a" 1}', "nul", '"\\x"', "", "[1] x"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:12} {e.msg} at line {e.lineno} col {e.colno} (pos {e.pos})")
print(json.loads('[NaN, Infinity, -Infinity, 1E400]'))
print(json.dumps(float("nan")), json.loads("1.0"), json.loads('"\\u00e9\\ud83d\\ude00"'))
print(json.loads('{"a": 1, "a": 2}'), json.dumps({1: "x", True: "y", None: "z"}))
