class Lazy:
    def __init__(self):
        self._cache = {}
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: self._cache[name[4:]]
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
    @property
    def size(self):
        return len(self._cache) + self.missing
z = Lazy()
try:
    z.get_x()
except KeyError as e:
    print("KeyError", e)
print(z.size)
