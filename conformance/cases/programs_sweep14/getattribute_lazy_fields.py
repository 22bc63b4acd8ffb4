# __getattribute__ that loads fields lazily from a backing table and
# falls back to __getattr__ for computed names.
TABLE = {1: {"name": "Ada", "year": 1815}, 2: {"name": "Alan", "year": 1912}}


class Row:
    loads = 0

    def __init__(self, key):
        self.key = key

    def __getattribute__(self, name):
        if name in ("name", "year"):
            d = object.__getattribute__(self, "__dict__")
            if name not in d:
                Row.loads += 1
                d.update(TABLE[d["key"]])
            return d[name]
        return super().__getattribute__(name)

    def __getattr__(self, name):
        if name.startswith("age_in_"):
            return int(name[len("age_in_"):]) - self.year
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


r = Row(1)
print(r.key, Row.loads, r.name, Row.loads, r.year, Row.loads)
print(r.age_in_1900, r.age_in_2000)
try:
    r.salary
except AttributeError as e:
    print("AttributeError:", e)
r2 = Row(3)
try:
    r2.name
except KeyError as e:
    print("KeyError:", e)
print(getattr(Row(2), "name"), Row.loads, vars(r))
