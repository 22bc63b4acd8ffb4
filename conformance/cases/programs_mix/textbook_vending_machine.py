from enum import Enum, auto


class State(Enum):
    IDLE = auto()
    HAS_MONEY = auto()
    DISPENSING = auto()
    OUT_OF_ORDER = auto()


class VendingError(Exception):
    pass


class Machine:
    PRICES = {"A1": 125, "A2": 90, "B1": 200}

    def __init__(self, stock):
        self.stock = dict(stock)
        self.state = State.IDLE
        self.credit = 0
        self.sales = []

    def handle(self, event, *args):
        match (self.state, event):
            case (State.OUT_OF_ORDER, _):
                raise VendingError("machine is out of order")
            case (State.IDLE | State.HAS_MONEY, "coin"):
                (amount,) = args
                if amount not in (5, 10, 25, 100):
                    raise VendingError(f"rejected coin: {amount}")
                self.credit += amount
                self.state = State.HAS_MONEY
            case (State.HAS_MONEY, "select"):
                code = args[0]
                price = self.PRICES.get(code)
                if price is None:
                    raise VendingError(f"no such product {code}")
                if self.stock.get(code, 0) == 0:
                    raise VendingError(f"{code} sold out")
                if self.credit < price:
                    raise VendingError(f"insert {price - self.credit} more")
                self.state = State.DISPENSING
                self.stock[code] -= 1
                self.credit -= price
                self.sales.append(code)
                change, self.credit = self.credit, 0
                self.state = State.IDLE
                return self.make_change(change)
            case (State.HAS_MONEY, "refund"):
                change, self.credit = self.credit, 0
                self.state = State.IDLE
                return self.make_change(change)
            case (_, "kick"):
                self.state = State.OUT_OF_ORDER
            case (state, ev):
                raise VendingError(f"cannot {ev} while {state.name.lower()}")

    @staticmethod
    def make_change(amount):
        coins = {}
        for c in (100, 25, 10, 5):
            coins[c], amount = divmod(amount, c)
        return {c: n for c, n in coins.items() if n}


m = Machine({"A1": 1, "A2": 5})
script = [("select", "A1"), ("coin", 100), ("coin", 3), ("coin", 25), ("select", "B1"),
          ("select", "A1"), ("coin", 100), ("coin", 100), ("select", "A1"), ("select", "A2"),
          ("coin", 10), ("refund",), ("refund",), ("kick",), ("coin", 5)]
for ev, *args in script:
    try:
        result = m.handle(ev, *args)
        print(f"{ev:<7}{str(args):<9}-> {m.state.name:<12} credit={m.credit:<4}{result if result is not None else ''}")
    except VendingError as e:
        print(f"{ev:<7}{str(args):<9}!! {e}")
print(m.sales, m.stock, [s.name for s in State], State.IDLE < State.HAS_MONEY if False else State(1))
