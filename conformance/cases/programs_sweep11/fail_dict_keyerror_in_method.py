class Registry:
    def __init__(self):
        self._items = {}

    def register(self, key, value):
        self._items[key] = value

    def lookup(self, key):
        return self._items[key]


r = Registry()
r.register("a", 1)
print(r.lookup("a"))
print(r.lookup(("b", 2)))
