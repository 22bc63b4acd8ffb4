from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from typing import List, Optional

@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list)
    def __post_init__(self):
        self.sort_index = self.price * self.qty
    @property
    def total(self): return self.price * self.qty

@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

inv = [Item("nut", 0.1, 100), Item("bolt", 0.25, 10, ["m4"]), Item("gear", 5.0, 3)]
for it in sorted(inv, reverse=True):
    print(it, round(it.total, 2))
print(asdict(inv[1]), astuple(inv[2]))
print(replace(inv[0], qty=5), [f.name for f in fields(Item)])
p = Point(1)
print(p, hash(p) == hash(Point(1, 0)), p == Point(1, 0), Point(2, 3) != p)
try:
    p.x = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    Item("x")
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        items: list = []
except ValueError as e:
    print(e)
print(Item.__eq__(inv[0], "x"), inv[0] < inv[1], Point.__dataclass_fields__.keys() if False else "")
