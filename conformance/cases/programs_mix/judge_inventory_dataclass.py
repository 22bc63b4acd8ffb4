from dataclasses import dataclass, field
from collections import defaultdict
from typing import List
@dataclass(order=True)
class Item:
    sort_key: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list)
    def __post_init__(self):
        self.sort_key = self.price * self.qty
@dataclass(frozen=True)
class Loc:
    aisle: int
    shelf: str
items = [Item("widget", 2.5, 10, ["a"]), Item("gadget", 12.0, 2), Item("doohickey", 0.75, 100, ["b", "a"])]
for it in sorted(items, reverse=True):
    print(f"{it.name:<10} {it.price:>6.2f} x {it.qty:>3} = {it.sort_key:>7.2f} {it.tags}")
print(items[0])
by_tag = defaultdict(list)
for it in items:
    for t in it.tags:
        by_tag[t].append(it.name)
print(dict(sorted(by_tag.items())))
l = Loc(3, "B")
print(l, hash(l) == hash(Loc(3, "B")), {l: "x"}[Loc(3, "B")])
try:
    l.aisle = 4
except Exception as e:
    print(type(e).__name__, e)
from dataclasses import asdict, astuple, replace, fields
print(asdict(items[1]), astuple(l), replace(l, shelf="C"), [f.name for f in fields(Item)])
print(Item("x", 1.0) == Item("x", 1.0), Item("x", 1.0) < Item("y", 2.0, 1))
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
