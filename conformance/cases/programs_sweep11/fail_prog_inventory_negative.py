class OutOfStock(Exception):
    def __init__(self, item, wanted, have):
        super().__init__(f"{item}: wanted {wanted}, have {have}")
        self.item = item


stock = {"bolt": 10, "nut": 3}


def take(item, n):
    have = stock.get(item, 0)
    if n > have:
        raise OutOfStock(item, n, have)
    stock[item] = have - n


for item, n in [("bolt", 4), ("nut", 3), ("bolt", 7)]:
    take(item, n)
    print("took", n, item, stock)
