import json
from datetime import date, datetime
from decimal import Decimal
from enum import Enum


class Status(Enum):
    OPEN = "open"
    CLOSED = "closed"


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (date, datetime)):
            return o.isoformat()
        if isinstance(o, Decimal):
            return str(o)
        if isinstance(o, Enum):
            return o.value
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


doc = {"when": date(2024, 1, 2), "at": datetime(2024, 1, 2, 3, 4, 5), "price": Decimal("9.99"), "status": Status.OPEN,
       "tags": {"b", "a"}, "n": None}
s = json.dumps(doc, cls=Enc, sort_keys=True)
print(s)


def hook(d):
    out = {}
    for k, v in d.items():
        if isinstance(v, str) and len(v) == 10 and v[4] == "-":
            out[k] = date.fromisoformat(v)
        else:
            out[k] = v
    return out


back = json.loads(s, object_hook=hook)
print(back["when"], type(back["when"]).__name__, back["price"], back["tags"])
try:
    json.dumps({"x": object()}, cls=Enc)
except TypeError as e:
    print("TypeError", e)
print(json.dumps(Status.OPEN.value), json.dumps([1, 2], indent=None), json.dumps({"a": [1, {"b": 2}]}, indent=1))
