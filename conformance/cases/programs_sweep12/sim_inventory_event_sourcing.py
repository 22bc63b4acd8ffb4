from dataclasses import dataclass
from collections import defaultdict
from typing import Literal


@dataclass(frozen=True)
class Event:
    seq: int
    kind: Literal["received", "shipped", "adjusted", "returned"]
    sku: str
    qty: int


class Store:
    def __init__(self):
        self.events = []

    def emit(self, kind, sku, qty):
        e = Event(len(self.events) + 1, kind, sku, qty)
        self.events.append(e)
        return e

    def state(self, upto=None):
        stock = defaultdict(int)
        for e in self.events:
            if upto is not None and e.seq > upto:
                break
            sign = -1 if e.kind == "shipped" else 1
            stock[e.sku] += sign * e.qty
        return dict(sorted(stock.items()))

    def history(self, sku):
        return [(e.seq, e.kind, e.qty) for e in self.events if e.sku == sku]


s = Store()
s.emit("received", "apple", 50)
s.emit("received", "pear", 20)
s.emit("shipped", "apple", 30)
s.emit("adjusted", "pear", -2)
s.emit("returned", "apple", 3)
s.emit("shipped", "pear", 18)
for i in (2, 4, None):
    print(f"state@{i}:", s.state(i))
print(s.history("apple"))
print(s.events[2], s.events[0] == Event(1, "received", "apple", 50), hash(s.events[0]) == hash(Event(1, "received", "apple", 50)))
by_kind = defaultdict(int)
for e in s.events:
    by_kind[e.kind] += e.qty
print(dict(by_kind))
