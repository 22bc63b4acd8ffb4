class Product:
    __slots__ = ("sku", "name", "_price", "_qty")

    def __init__(self, sku, name, price, qty=0):
        self.sku = sku
        self.name = name
        self.price = price
        self.qty = qty

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, v):
        if v < 0:
            raise ValueError("price must be non-negative")
        self._price = round(float(v), 2)

    @property
    def qty(self):
        return self._qty

    @qty.setter
    def qty(self, v):
        if not isinstance(v, int):
            raise TypeError("qty must be an int")
        self._qty = v

    @property
    def value(self):
        return self._price * self._qty

    def __repr__(self):
        return f"Product({self.sku!r}, {self.name!r}, {self._price}, {self._qty})"


class Inventory:
    def __init__(self):
        self._items = {}

    def __len__(self):
        return len(self._items)

    def __contains__(self, sku):
        return sku in self._items

    def __getitem__(self, sku):
        return self._items[sku]

    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda p: p.sku))

    def add(self, p):
        if p.sku in self:
            self[p.sku].qty += p.qty
        else:
            self._items[p.sku] = p
        return self

    def low_stock(self, threshold=5):
        return [p.sku for p in self if p.qty < threshold]

    def total_value(self):
        return sum(p.value for p in self)


inv = Inventory()
inv.add(Product("B-2", "bolt", 0.1, 500)).add(Product("N-1", "nut", 0.05, 3)).add(Product("B-2", "bolt", 0.1, 20))
inv.add(Product("W-9", "widget", 12.499, 4))
print(len(inv), "N-1" in inv, "X" in inv, list(inv))
print(inv.low_stock(), f"{inv.total_value():.2f}", inv["W-9"].value)
for bad in [("price", -1), ("qty", 2.5), ("colour", "red")]:
    try:
        setattr(inv["N-1"], *bad)
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(Product.__slots__, type(Product.price).__name__, Product.value.fset)
