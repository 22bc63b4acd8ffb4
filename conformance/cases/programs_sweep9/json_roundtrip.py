import json
data = {"name": "Zoë", "n": [1, 2.5, -0.0, 1e100, True, None], "nested": {"b": 1, "a": [{}, []]}, "k": "tab\there \"q\""}
s = json.dumps(data)
print(s)
print(json.dumps(data, ensure_ascii=False, sort_keys=True))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, [2, [3]]], indent="\t"), json.dumps({"a": 1}, separators=(",", ":")))
print(json.loads(s) == data, json.loads('"\\u00e9\\ud83d\\ude00"'), json.loads("[1.0, 2e3, -5]"))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.loads('{"a": NaN, "b": Infinity}'), json.dumps(float("nan")), json.dumps([float("-inf")]))
for bad in ['{"a": 1,}', "[1 2]", "", '{"a" 1}', "nul", '"unterminated']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(e)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1}}, cls=Enc), json.dumps({"c": 1 + 2j}, default=str))
print(json.loads('{"x": 1, "x": 2}'), json.loads("[1, 2]", parse_int=str), json.loads('{"a": 1}', object_pairs_hook=list))
print(json.dumps("é\u2028"), json.dumps({"b": 1, "a": 2}, sort_keys=True, indent=0))
