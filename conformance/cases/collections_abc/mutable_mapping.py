# A MutableMapping subclass gets the dict methods from five definitions.
from collections.abc import MutableMapping, Mapping, KeysView, ItemsView, ValuesView

class LowerDict(MutableMapping):
    def __init__(self, *args, **kwargs):
        self._data = {}
        self.update(*args, **kwargs)
    def __getitem__(self, key):
        return self._data[key.lower()]
    def __setitem__(self, key, value):
        self._data[key.lower()] = value
    def __delitem__(self, key):
        del self._data[key.lower()]
    def __iter__(self):
        return iter(self._data)
    def __len__(self):
        return len(self._data)
    def __repr__(self):
        return f"LowerDict({self._data!r})"

d = LowerDict({"A": 1}, B=2)
d.update([("C", 3)])
print(d, len(d), "a" in d, "A" in d, "z" in d)
print(d.get("b"), d.get("zz"), d.get("zz", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.items(), d.values())
print(isinstance(d.keys(), KeysView), isinstance(d.items(), ItemsView),
      isinstance(d.values(), ValuesView))
print(d.keys() & {"a", "q"}, sorted(d.keys() | {"q"}), sorted(d.keys() - {"a"}))
print(("a", 1) in d.items(), ("a", 2) in d.items(), 3 in d.values(), 9 in d.values())
print(d.setdefault("D", 4), d.setdefault("d", 5), d["d"])
print(d.pop("A"), d.pop("nothere", "dflt"))
try:
    d.pop("nothere")
except KeyError as e:
    print("KeyError", e)
print(d.popitem(), d)
print(d == {"c": 3, "d": 4}, d != {"c": 3}, d == LowerDict(C=3, D=4), d == [1])
d["E"] = 5
del d["c"]
print(d)
try:
    del d["c"]
except KeyError as e:
    print("KeyError", e)
d.update({"x": 1}.items())
class KeysOnly:
    def keys(self):
        return ["k"]
    def __getitem__(self, key):
        return key * 2
d.update(KeysOnly())
print(d)
d.clear()
print(d, len(d))
try:
    d.popitem()
except KeyError as e:
    print("KeyError", repr(e))
print(isinstance(d, Mapping), isinstance(d, dict), dict(LowerDict(Z=26)))
