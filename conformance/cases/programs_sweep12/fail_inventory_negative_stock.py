class OutOfStock(Exception):
    def __init__(self, sku, wanted, have):
        super().__init__(sku, wanted, have)
        self.sku, self.wanted, self.have = sku, wanted, have

    def __str__(self):
        return f"{self.sku}: wanted {self.wanted}, only {self.have} left"


class Inventory:
    def __init__(self):
        self.stock = {}

    def receive(self, sku, qty):
        self.stock[sku] = self.stock.get(sku, 0) + qty

    def ship(self, order):
        for sku, qty in order.items():
            have = self.stock.get(sku, 0)
            if qty > have:
                raise OutOfStock(sku, qty, have)
        for sku, qty in order.items():
            self.stock[sku] -= qty


inv = Inventory()
for sku, qty in [("apple", 10), ("pear", 4), ("apple", 5)]:
    inv.receive(sku, qty)
print(inv.stock)
inv.ship({"apple": 12, "pear": 1})
print(inv.stock)
try:
    inv.ship({"pear": 9})
except OutOfStock as e:
    print("caught:", e, "| args:", e.args)
inv.ship({"apple": 1, "kiwi": 2})
