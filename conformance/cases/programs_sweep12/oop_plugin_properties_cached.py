from functools import cached_property


class Dataset:
    loads = 0

    def __init__(self, rows):
        self._rows = rows

    @cached_property
    def columns(self):
        Dataset.loads += 1
        cols = {}
        for r in self._rows:
            for k, v in r.items():
                cols.setdefault(k, []).append(v)
        return cols

    @property
    def size(self):
        return len(self._rows)

    def mean(self, col):
        vals = [v for v in self.columns[col] if v is not None]
        return sum(vals) / len(vals)

    def invalidate(self):
        self.__dict__.pop("columns", None)


ds = Dataset([{"a": 1, "b": 2.5}, {"a": 3, "b": None}, {"a": 5, "b": 4.5}])
print(ds.size, ds.mean("a"), ds.mean("b"), Dataset.loads)
print(sorted(ds.columns), Dataset.loads)
ds._rows.append({"a": 100, "b": 0})
print(ds.mean("a"), "(stale)")
ds.invalidate()
print(ds.mean("a"), Dataset.loads)
try:
    ds.size = 3
except AttributeError as e:
    print("AttributeError:", e)
print(type(Dataset.__dict__["columns"]).__name__, "columns" in vars(ds))
