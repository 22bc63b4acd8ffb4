# A vending machine state machine with enums, a dispatch table and history.
from enum import Enum, Flag, auto

class State(Enum):
    IDLE = "idle"
    HAS_MONEY = "has money"
    VENDING = "vending"
    OUT_OF_ORDER = "out of order"

class Feature(Flag):
    NONE = 0
    COINS = auto()
    CARDS = auto()
    CHANGE = auto()
    ALL = COINS | CARDS | CHANGE

class Machine:
    PRICES = {"cola": 150, "chips": 95, "gum": 40}

    def __init__(self, features):
        self.state = State.IDLE
        self.credit = 0
        self.features = features
        self.stock = {"cola": 1, "chips": 3, "gum": 0}
        self.history = []

    def on(self, event, arg=None):
        handler = getattr(self, f"_{self.state.name.lower()}_{event}", None)
        if handler is None:
            self.history.append(f"ignored {event} in {self.state.value}")
            return
        before = self.state
        handler(arg)
        self.history.append(f"{before.name}->{self.state.name} on {event}")

    def _idle_coin(self, cents):
        if Feature.COINS not in self.features:
            raise RuntimeError("coins not accepted")
        self.credit += cents
        self.state = State.HAS_MONEY

    _has_money_coin = _idle_coin

    def _has_money_select(self, item):
        price = self.PRICES[item]
        if self.stock[item] == 0:
            print(f"  {item} sold out")
            return
        if self.credit < price:
            print(f"  need {price - self.credit} more for {item}")
            return
        self.state = State.VENDING
        self.stock[item] -= 1
        self.credit -= price
        change, self.credit = self.credit, 0
        print(f"  vend {item}, change {change if Feature.CHANGE in self.features else 0}")
        self.state = State.IDLE

    def _idle_kick(self, _):
        self.state = State.OUT_OF_ORDER

m = Machine(Feature.COINS | Feature.CHANGE)
for ev, arg in [("coin", 100), ("select", "cola"), ("coin", 100), ("select", "cola"),
                ("select", "gum"), ("coin", 25), ("select", "gum"), ("coin", 100), ("select", "chips"),
                ("kick", None), ("coin", 5)]:
    m.on(ev, arg)
print("\n".join(m.history))
print(m.state, m.state.value, m.credit, m.stock)
print(Feature.ALL, Feature.COINS | Feature.CARDS, ~Feature.COINS, Feature(6), bool(Feature.NONE))
print(list(Feature), [f.name for f in Feature.ALL], Feature.CARDS in Feature.ALL, len(Feature.ALL))
try:
    Machine(Feature.CARDS).on("coin", 5)
except RuntimeError as e:
    print("RuntimeError", e)
print(State("idle") is State.IDLE, State["VENDING"].value, [s.name for s in State][-1])
try:
    State("broken")
except ValueError as e:
    print("ValueError", e)
