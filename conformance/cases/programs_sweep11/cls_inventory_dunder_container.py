class Inventory:
    def __init__(self, **items):
        self._items = dict(items)

    def __getitem__(self, name):
        try:
            return self._items[name]
        except KeyError:
            raise KeyError(f"no item named {name!r}") from None

    def __setitem__(self, name, qty):
        if qty < 0:
            raise ValueError("quantity cannot be negative")
        if qty == 0:
            self._items.pop(name, None)
        else:
            self._items[name] = qty

    def __delitem__(self, name):
        del self._items[name]

    def __contains__(self, name):
        return name in self._items

    def __iter__(self):
        return iter(sorted(self._items))

    def __len__(self):
        return len(self._items)

    def __add__(self, other):
        new = Inventory(**self._items)
        for k in other:
            new[k] = new._items.get(k, 0) + other[k]
        return new

    def __iadd__(self, other):
        for k in other:
            self[k] = self._items.get(k, 0) + other[k]
        return self

    def __eq__(self, other):
        return isinstance(other, Inventory) and self._items == other._items

    def __repr__(self):
        return "Inventory(" + ", ".join(f"{k}={self._items[k]}" for k in self) + ")"


a = Inventory(apple=3, pear=1)
b = Inventory(pear=2, fig=5)
c = a + b
print(c, len(c), "fig" in c, "kiwi" in c, list(c), c["pear"])
a += b
print(a == c, a is not c)
c["apple"] = 0
del c["fig"]
print(c, dict((k, c[k]) for k in c))
for bad in [lambda: c["kiwi"], lambda: c.__setitem__("x", -1), lambda: c.__delitem__("zz")]:
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
