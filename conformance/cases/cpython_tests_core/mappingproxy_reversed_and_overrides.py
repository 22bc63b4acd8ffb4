# A mappingproxy reads through to its mapping: reversed() gives the dict's
# keys last to first (it never indexes the proxy by position), and the
# proxy's get/keys/values/items/copy call a dict subclass's own overrides.
import types

prices = {"tea": 3, "cake": 5, "scone": 4}
view = types.MappingProxyType(prices)
print(list(reversed(view)))
del prices["cake"]
prices["jam"] = 1
backwards = reversed(view)
print(next(backwards), list(backwards))
print(list(reversed(view.keys())), list(reversed(view.items())))
print(type(reversed(view)).__name__)
try:
    view.__reversed__(1)
except TypeError as e:
    print("TypeError", e)


class Shouty(dict):
    def get(self, key, default=None):
        return "get:" + str(dict.get(self, key, default))

    def keys(self):
        return ["only", "these"]

    def values(self):
        return "values!"

    def items(self):
        return ("items", "!")

    def copy(self):
        return "a copy"

    def __reversed__(self):
        return iter(["custom", "order"])

    def __getitem__(self, key):
        return "item:" + str(dict.__getitem__(self, key))


loud = types.MappingProxyType(Shouty(a=1))
print(loud.get("a"), loud.get("zzz"), loud.keys(), loud.values(), loud.items())
print(loud.copy(), list(reversed(loud)), loud["a"])
try:
    loud["missing"]
except KeyError as e:
    print("KeyError", e)
