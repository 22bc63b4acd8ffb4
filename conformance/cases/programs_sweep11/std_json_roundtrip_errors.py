import json

doc = {"name": "Widget", "tags": ["a", "b"], "price": 9.5, "stock": None, "ok": True, "dims": [1, 2.0]}
text = json.dumps(doc, sort_keys=True)
print(text)
print(json.dumps(doc, indent=2, separators=(",", ": "))[:60])
back = json.loads(text)
print(back == doc, type(back["dims"][1]).__name__)
print(json.dumps("é\n\"q\""), json.dumps("é", ensure_ascii=False), json.dumps([1, (2, 3)]))
print(json.dumps({1: "a", 2.5: "b", None: "c", True: "d"}))
print(json.loads('[1e3, -0, 1.5E-2, "\\u00e9", {"a": [] }]'))
print(json.dumps(float("inf")), json.loads("NaN") != json.loads("NaN"))


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({"s": {3, 1}}, cls=Enc), json.dumps(object, default=lambda o: "obj"))
for bad in ['{"a": 1,}', "[1, 2", "", '{"a" 1}', "tru", '"\\x"', "[1] x"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e, e.pos, e.lineno, e.colno)
for bad in [{(1, 2): 3}, {"s": {1}}, float("nan")]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(json.loads('{"a": 1, "a": 2}'), json.loads("3", parse_int=float), json.loads('{"x": 1}', object_hook=len))
