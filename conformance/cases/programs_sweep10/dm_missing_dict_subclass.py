class Default(dict):
    def __missing__(self, key):
        val = self[key] = key.upper() if isinstance(key, str) else key
        return val
d = Default(a=1)
print(d["a"], d["zz"], d[3], d)
print(d.get("nope"), "nope" in d)
class Counting(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
c = Counting(x=1)
c["y"] = 2
c.update(z=3)
print(c, c.setdefault("w", 4))
class Ci(dict):
    def __getitem__(self, k): return super().__getitem__(k.lower())
ci = Ci(key=1)
print(ci["KEY"], ci.get("KEY"))
print(type(Default(a=1) | {"b": 2}).__name__, type(d.copy()).__name__)
