import json
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import Enum
from dataclasses import dataclass, asdict


class Status(Enum):
    OPEN = "open"
    DONE = "done"


@dataclass
class Task:
    title: str
    due: date
    cost: Decimal
    status: Status
    tags: frozenset


def encode(obj):
    if isinstance(obj, (date, datetime)):
        return obj.isoformat()
    if isinstance(obj, Decimal):
        return str(obj)
    if isinstance(obj, Enum):
        return obj.value
    if isinstance(obj, (set, frozenset)):
        return sorted(obj)
    if isinstance(obj, timedelta):
        return obj.total_seconds()
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


tasks = [
    Task("write report", date(2024, 3, 1), Decimal("12.50"), Status.OPEN, frozenset({"work", "q1"})),
    Task("pay rent", date(2024, 2, 28), Decimal("1200"), Status.DONE, frozenset()),
]
doc = {"generated": datetime(2024, 2, 27, 9, 30), "window": timedelta(days=2, hours=3),
       "tasks": [asdict(t) for t in tasks], "count": len(tasks), "ratio": 1 / 3,
       "flags": {"b": True, "a": None}}
text = json.dumps(doc, default=encode, indent=2, sort_keys=True)
print(text)
print(json.dumps(doc, default=encode, separators=(",", ":"))[:120])
back = json.loads(text)
print(back["tasks"][0]["tags"], back["window"], type(back["ratio"]).__name__)
print(json.dumps({"é": "ü", "k": "\n"}), json.dumps({"é": "ü"}, ensure_ascii=False))
print(json.dumps([1, 2, [3, [4]]], indent="\t").replace("\t", "->"))
try:
    json.dumps({"x": object.__new__(object)}, default=encode)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}))
print(json.loads('{"a": 1, "a": 2}'), json.loads("[NaN, Infinity]", parse_constant=str))
print(json.loads('{"x": 1.10}', parse_float=Decimal))
