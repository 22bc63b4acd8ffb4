from collections.abc import MutableMapping
from functools import total_ordering


@total_ordering
class Item:
    __slots__ = ("sku", "name", "qty", "price")

    def __init__(self, sku, name, qty, price):
        self.sku, self.name, self.qty, self.price = sku, name, qty, price

    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, qty={self.qty}, price={self.price})"

    def __eq__(self, other):
        return NotImplemented if not isinstance(other, Item) else self.value == other.value

    def __lt__(self, other):
        return NotImplemented if not isinstance(other, Item) else self.value < other.value

    @property
    def value(self):
        return self.qty * self.price


class Inventory(MutableMapping):
    def __init__(self):
        self._items = {}

    def __getitem__(self, sku):
        return self._items[sku]

    def __setitem__(self, sku, item):
        if sku != item.sku:
            raise ValueError(f"sku mismatch: {sku} != {item.sku}")
        self._items[sku] = item

    def __delitem__(self, sku):
        del self._items[sku]

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)


inv = Inventory()
for args in [("A1", "bolt", 100, 0.1), ("B2", "nut", 250, 0.05), ("C3", "gear", 4, 7.5)]:
    inv[args[0]] = Item(*args)
print(len(inv), list(inv), "B2" in inv)
print(sorted(inv.values()))
print(max(inv.values()).name, min(inv.values()) <= max(inv.values()))
inv.setdefault("D4", Item("D4", "spring", 10, 0.3))
print(inv.pop("A1"), len(inv))
try:
    inv["E5"] = Item("X9", "oops", 1, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    inv["C3"].color = "red"
except AttributeError as e:
    print("AttributeError:", e)
print(dict(inv.items()) == {k: inv[k] for k in inv})
