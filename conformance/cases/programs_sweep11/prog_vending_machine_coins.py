class VendingMachine:
    COINS = (200, 100, 50, 20, 10, 5)

    def __init__(self, stock, float_coins):
        self.stock = dict(stock)
        self.coins = dict(float_coins)
        self.credit = 0

    def insert(self, coin):
        if coin not in self.COINS:
            raise ValueError(f"rejected coin {coin}")
        self.coins[coin] = self.coins.get(coin, 0) + 1
        self.credit += coin

    def change(self, amount):
        out = []
        for c in self.COINS:
            while amount >= c and self.coins.get(c, 0):
                amount -= c
                self.coins[c] -= 1
                out.append(c)
        if amount:
            for c in out:
                self.coins[c] += 1
            raise RuntimeError(f"cannot make change, {amount} short")
        return out

    def buy(self, item):
        price, qty = self.stock.get(item, (None, 0))
        if price is None:
            raise KeyError(item)
        if qty == 0:
            raise LookupError(f"{item} sold out")
        if self.credit < price:
            raise ValueError(f"insert {price - self.credit} more")
        ch = self.change(self.credit - price)
        self.stock[item] = (price, qty - 1)
        self.credit = 0
        return item, ch


vm = VendingMachine({"cola": (120, 2), "chips": (85, 0), "gum": (35, 5)}, {50: 1, 10: 2, 5: 1})
script = [("insert", 100), ("buy", "cola"), ("insert", 50), ("buy", "cola"), ("insert", 3), ("buy", "chips"),
          ("buy", "water"), ("insert", 200), ("buy", "gum"), ("insert", 50), ("buy", "gum")]
for op, arg in script:
    try:
        print(op, arg, "->", getattr(vm, op)(arg))
    except (ValueError, KeyError, LookupError, RuntimeError) as e:
        print(op, arg, "->", type(e).__name__, e)
print(vm.credit, dict(sorted(vm.coins.items())), vm.stock)
