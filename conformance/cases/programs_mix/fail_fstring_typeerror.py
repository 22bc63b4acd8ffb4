class Order:
    def __init__(self, oid, items):
        self.oid = oid
        self.items = items

    def total(self):
        return sum(qty * price for _, qty, price in self.items)

    def label(self):
        return "Order #" + self.oid + f" ({len(self.items)} items)"


orders = [Order("A1", [("pen", 2, 1.5)]), Order(42, [("ink", 1, 9.0), ("pad", 3, 2.25)])]
for o in orders:
    print(f"{o.label():<25}{o.total():>8.2f}")
