from decimal import Decimal


class VendingMachine:
    COINS = [Decimal(c) for c in ("2.00", "1.00", "0.50", "0.20", "0.10", "0.05")]

    def __init__(self, stock, float_coins):
        self.stock = dict(stock)
        self.coins = {Decimal(k): v for k, v in float_coins.items()}
        self.balance = Decimal("0")
        self.sales = []

    def insert(self, coin):
        coin = Decimal(coin)
        if coin not in self.COINS:
            return f"rejected {coin}"
        self.coins[coin] = self.coins.get(coin, 0) + 1
        self.balance += coin
        return f"balance {self.balance}"

    def make_change(self, amount):
        change = []
        for c in self.COINS:
            while amount >= c and self.coins.get(c, 0) > 0:
                amount -= c
                self.coins[c] -= 1
                change.append(c)
        if amount:
            for c in change:
                self.coins[c] += 1
            return None
        return change

    def buy(self, item):
        if item not in self.stock:
            return f"no such item {item}"
        name_price, qty = self.stock[item]
        name, price = name_price
        if qty == 0:
            return f"{name} sold out"
        if self.balance < price:
            return f"{name} costs {price}, insert {price - self.balance} more"
        change = self.make_change(self.balance - price)
        if change is None:
            return "exact change only"
        self.stock[item] = (name_price, qty - 1)
        self.balance = Decimal("0")
        self.sales.append(name)
        return f"vend {name}, change {[str(c) for c in change]}"


vm = VendingMachine({"A1": (("cola", Decimal("1.30")), 2), "B2": (("chips", Decimal("0.85")), 1)},
                    {"0.50": 1, "0.20": 2, "0.10": 1, "0.05": 0})
for action in [("insert", "2.00"), ("buy", "A1"), ("insert", "0.03"), ("insert", "1.00"),
               ("buy", "B2"), ("insert", "0.50"), ("insert", "0.50"), ("buy", "B2"), ("buy", "C3"),
               ("insert", "2.00"), ("buy", "A1"), ("buy", "A1")]:
    print(f"{action[0]:>6} {action[1]:<5} -> {getattr(vm, action[0])(action[1])}")
print(vm.sales, {str(k): v for k, v in sorted(vm.coins.items())}, vm.balance)
