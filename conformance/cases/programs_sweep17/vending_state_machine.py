# Vending machine state machine: Enum states, match on (state, event)
# tuples, transition table validation, coin change with a greedy algorithm.
from enum import Enum, auto
from dataclasses import dataclass, field

class State(Enum):
    IDLE = auto()
    HAS_MONEY = auto()
    VENDING = auto()
    MAINTENANCE = auto()

    def __str__(self):
        return self.name.title().replace("_", " ")

@dataclass(frozen=True)
class Coin:
    cents: int

@dataclass(frozen=True)
class Select:
    slot: str

@dataclass(frozen=True)
class Cancel:
    pass

@dataclass(frozen=True)
class Service:
    on: bool

COINS = (200, 100, 50, 20, 10, 5)

@dataclass
class Machine:
    stock: dict
    prices: dict
    state: State = State.IDLE
    credit: int = 0
    bank: dict = field(default_factory=lambda: {c: 5 for c in COINS})
    log: list = field(default_factory=list)

    def change(self, amount):
        out = []
        for c in COINS:
            while amount >= c and self.bank[c] > 0:
                amount -= c
                self.bank[c] -= 1
                out.append(c)
        if amount:
            for c in out:
                self.bank[c] += 1
            return None
        return out

    def handle(self, event):
        before = self.state
        match (self.state, event):
            case (State.MAINTENANCE, Service(on=False)):
                self.state = State.IDLE
                msg = "back in service"
            case (State.MAINTENANCE, _):
                msg = "out of order"
            case (_, Service(on=True)):
                refund = self.change(self.credit) if self.credit else []
                self.credit = 0
                self.state = State.MAINTENANCE
                msg = f"maintenance, refund {refund}"
            case (State.IDLE | State.HAS_MONEY, Coin(cents=c)) if c in COINS:
                self.credit += c
                self.bank[c] += 1
                self.state = State.HAS_MONEY
                msg = f"credit {self.credit / 100:.2f}"
            case (_, Coin(cents=c)):
                msg = f"rejected coin {c}"
            case (State.HAS_MONEY, Select(slot=s)) if s not in self.prices:
                msg = f"no slot {s!r}"
            case (State.HAS_MONEY, Select(slot=s)) if self.stock.get(s, 0) == 0:
                msg = f"{s} sold out"
            case (State.HAS_MONEY, Select(slot=s)) if self.credit < self.prices[s]:
                msg = f"need {(self.prices[s] - self.credit) / 100:.2f} more"
            case (State.HAS_MONEY, Select(slot=s)):
                ch = self.change(self.credit - self.prices[s])
                if ch is None:
                    msg = "exact change only"
                else:
                    self.stock[s] -= 1
                    self.credit = 0
                    self.state = State.IDLE
                    msg = f"vend {s}, change {ch}"
            case (State.HAS_MONEY, Cancel()):
                msg = f"refund {self.change(self.credit)}"
                self.credit = 0
                self.state = State.IDLE
            case (State.IDLE, Select() | Cancel()):
                msg = "insert coins first"
            case other:
                msg = f"unhandled {other}"
        self.log.append((before, event, self.state))
        print(f"{str(before):12} {event!s:28} -> {self.state!s:12} | {msg}")

m = Machine(stock={"A1": 2, "B2": 0, "C3": 5}, prices={"A1": 130, "B2": 90, "C3": 275})
for ev in [Select("A1"), Coin(100), Coin(3), Select("A1"), Coin(50), Select("A1"), Coin(200),
           Select("B2"), Select("Z9"), Select("C3"), Cancel(), Coin(200), Coin(100), Select("C3"),
           Service(True), Coin(100), Service(False), Coin(100), Coin(50), Select("A1"), Coin(200),
           Select("A1"), Cancel()]:
    m.handle(ev)
print(m.stock, m.credit, m.state, repr(m.state), sum(k * v for k, v in m.bank.items()))
transitions = sorted({(a.name, b.name) for a, _, b in m.log if a != b})
print(transitions)
print(State["IDLE"] < State.VENDING if hasattr(State, "__lt__") and False else [s.value for s in State])
