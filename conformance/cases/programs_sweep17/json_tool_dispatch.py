# Agent-tool style: requests arrive as JSON, tools are dispatched by name,
# results are serialised back with a variety of dumps options.
import json
from decimal import Decimal
from collections import OrderedDict

TOOLS = {}

def tool(name):
    def deco(fn):
        TOOLS[name] = fn
        return fn
    return deco

@tool("add")
def add(a, b):
    return a + b

@tool("stats")
def stats(values):
    n = len(values)
    mean = sum(values) / n
    return {"n": n, "mean": mean, "min": min(values), "max": max(values)}

@tool("echo")
def echo(**kwargs):
    return kwargs

@tool("div")
def div(a, b):
    return a / b

requests = r'''[
 {"id": 1, "tool": "add", "args": {"a": 2, "b": 40}},
 {"id": 2, "tool": "stats", "args": {"values": [1.5, 2.25, 1e-7, 12345678901234567890]}},
 {"id": 3, "tool": "echo", "args": {"msg": "h\u00e9llo \ud83d\ude00", "nested": {"z": null, "a": [true, false]}}},
 {"id": 4, "tool": "div", "args": {"a": 1, "b": 0}},
 {"id": 5, "tool": "nope", "args": {}},
 {"id": 6, "tool": "add", "args": {"a": "x"}}
]'''

results = []
for req in json.loads(requests):
    fn = TOOLS.get(req["tool"])
    if fn is None:
        results.append({"id": req["id"], "error": f"unknown tool {req['tool']!r}"})
        continue
    try:
        results.append({"id": req["id"], "ok": fn(**req["args"])})
    except Exception as exc:
        results.append({"id": req["id"], "error": f"{type(exc).__name__}: {exc}"})

print(json.dumps(results))
print(json.dumps(results[2], ensure_ascii=False, indent=2, sort_keys=True))
print(json.dumps(results[1], separators=(",", ":")))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none"}))
try:
    json.dumps({1: "a", "b": 2}, sort_keys=True)
except TypeError as exc:
    print("TypeError:", exc)
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as exc:
    print("ValueError:", exc)
print(json.dumps({"d": Decimal("1.10"), "s": {3, 1}}, default=lambda o: str(o) if isinstance(o, Decimal) else sorted(o)))
parsed = json.loads('{"price": 1.10, "qty": 3, "big": 1e400}', parse_float=Decimal)
print(parsed, type(parsed["price"]).__name__, parsed["price"] * parsed["qty"])
pairs = json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda kv: kv)
print(pairs)
od = json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict)
print(od, json.dumps(od, indent="\t"))
for bad in ['{"a": 1,}', '[1, 2', '{"a" 1}', '', 'tru', '"abc', '[1] x', '{"a": 01}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as exc:
        print(f"{bad!r:14} -> {exc.msg} @ line {exc.lineno} col {exc.colno} pos {exc.pos}")
print(json.dumps("tab\tnl\nquote\"back\\ctl\x01 \u2028"))
print(json.loads('"\\u00e9\\n\\/"'), json.dumps(-0.0), json.dumps(1e22), json.dumps(123e-20))
print(json.dumps([[], {}, [{}]], indent=2))
