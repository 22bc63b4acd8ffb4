import json, sys, datetime, decimal, enum
from dataclasses import dataclass, asdict
@dataclass
class P: name: str; tags: list; when: datetime.date
p = P("x", ["a"], datetime.date(2024, 1, 2))
print(json.dumps(asdict(p), default=str), json.dumps(p, default=lambda o: o.__dict__ if hasattr(o, "__dict__") else str(o)))
json.dump({"b": [1, {"c": None}], "a": 1.5}, sys.stdout, indent=2); print()
json.dump([1, [2, [3]]], sys.stdout, indent="\t"); print()
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}), json.dumps([float("nan"), float("inf"), -float("inf"), 1e100, 0.1, -0.0, 10**20]))
for bad in [{(1, 2): 3}, {1, 2}, b"x", object, decimal.Decimal("1.5"), complex(1, 2)]:
    try: print(json.dumps(bad))
    except TypeError as e: print("TypeError", e)
try: json.dumps([float("nan")], allow_nan=False)
except ValueError as e: print("ValueError", e)
l = []; l.append(l)
try: json.dumps(l)
except ValueError as e: print("ValueError", e)
for s in ['{"a": 1,}', "[1, 2", "", "nul", '{"a" 1}', '[1] x', "'a'", '"\\x"', '{"a": NaN}', '1e400', '"\ud800"', '  [ ]  ', '-0', '012']:
    try: print(repr(s), "->", repr(json.loads(s)))
    except json.JSONDecodeError as e: print(repr(s), "!!", e.msg, e.pos, e.lineno, e.colno, "|", e)
print(json.loads('{"a": 1, "a": 2}'), json.loads('[1.0, 2]', parse_float=decimal.Decimal), json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1, 2]', parse_int=str), json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.dumps("é\u2028\n\t\"\\/", ensure_ascii=True), json.dumps("é😀", ensure_ascii=False), json.dumps("😀"))
print(json.dumps({"z": 1, "a": {"y": 2, "b": 3}}, sort_keys=True, indent=1, separators=(",", ": ")))
class E(enum.IntEnum): A = 1
class S(str, enum.Enum): X = "x"
print(json.dumps([E.A, S.X, True, None]), json.dumps({E.A: 1}) if False else "")
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1}}, cls=Enc), Enc(indent=2).encode([1]))
try: Enc().encode(object())
except TypeError as e: print("TypeError", e)
print(json.dumps([1, 2], indent=0), json.dumps({}, indent=2), json.dumps([], indent=2), json.dumps([[]], indent=2))
