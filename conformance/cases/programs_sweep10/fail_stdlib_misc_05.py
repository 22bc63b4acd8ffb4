import collections.abc as cabc
class MyMap(cabc.Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __len__(self): return len(self._d)
    def __iter__(self): return iter(self._d)
m = MyMap({"a": 1, "b": 2}); print(m.get("a"), "b" in m, list(m.keys()), list(m.items()), m == {"a": 1, "b": 2}, dict(m), m.get("z", 0))
class Bad(cabc.Sequence): pass
Bad()
