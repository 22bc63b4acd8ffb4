from enum import Enum, auto
class State(Enum):
    IDLE = auto()
    HAS_MONEY = auto()
    DISPENSING = auto()
class VendingError(Exception):
    pass
class Machine:
    PRICES = {"cola": 150, "chips": 100, "gum": 50}
    def __init__(self):
        self.state = State.IDLE
        self.credit = 0
        self.stock = dict.fromkeys(self.PRICES, 2)
        self.log = []
    def _go(self, new):
        self.log.append(f"{self.state.name}->{new.name}")
        self.state = new
    def insert(self, coin):
        if coin not in (5, 10, 25, 100):
            raise VendingError(f"rejected coin {coin}")
        self.credit += coin
        if self.state is State.IDLE:
            self._go(State.HAS_MONEY)
    def choose(self, item):
        match self.state, item:
            case State.IDLE, _:
                raise VendingError("insert money first")
            case State.HAS_MONEY, str(name) if name not in self.PRICES:
                raise VendingError(f"unknown item {name!r}")
            case State.HAS_MONEY, name if self.stock[name] == 0:
                raise VendingError(f"{name} sold out")
            case State.HAS_MONEY, name if self.credit < self.PRICES[name]:
                raise VendingError(f"need {self.PRICES[name] - self.credit} more for {name}")
            case State.HAS_MONEY, name:
                self._go(State.DISPENSING)
                self.stock[name] -= 1
                change, self.credit = self.credit - self.PRICES[name], 0
                self._go(State.IDLE)
                return name, change
m = Machine()
script = [("choose", "cola"), ("insert", 100), ("insert", 3), ("choose", "cola"), ("insert", 25), ("insert", 25),
          ("choose", "cola"), ("insert", 100), ("choose", "tea"), ("choose", "gum"), ("insert", 100), ("insert", 100),
          ("choose", "cola"), ("insert", 100), ("insert", 100), ("choose", "cola")]
for action, arg in script:
    try:
        r = getattr(m, action)(arg)
        if r: print("got", r)
    except VendingError as e:
        print("error:", e)
print(m.log, m.stock, m.credit, m.state)
