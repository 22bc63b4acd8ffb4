# Dataclasses and SimpleNamespace are split like calls with keywords.
import pprint
from dataclasses import dataclass, field
from types import SimpleNamespace

@dataclass
class Item:
    name: str
    tags: list = field(default_factory=list)
    secret: str = field(default="hidden", repr=False)

@dataclass
class Order:
    number: int
    items: list

order = Order(42, [Item("widget", ["blue", "small", "cheap"]), Item("gadget", list(range(15)))])
pprint.pprint(order)
pprint.pprint(order, width=40)
pprint.pprint(Item("x"), width=5)

@dataclass
class Custom:
    a: list
    def __repr__(self):
        return "Custom(...)"

pprint.pprint(Custom(list(range(50))), width=20)

@dataclass(repr=False)
class NoRepr:
    a: int

print(pprint.isreadable(NoRepr(1)))
ns = SimpleNamespace(alpha=list(range(20)), beta="some text", gamma={"k": [1, 2, 3]})
pprint.pprint(ns)
pprint.pprint(ns, width=30)
pprint.pprint(SimpleNamespace(), width=1)

class Sub(SimpleNamespace):
    pass

pprint.pprint(Sub(values=list(range(25))), width=40)
