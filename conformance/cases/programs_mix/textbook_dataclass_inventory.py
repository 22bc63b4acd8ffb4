from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from typing import List, Dict, Optional


@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list)

    def __post_init__(self):
        if self.price < 0:
            raise ValueError(f"price of {self.name} must not be negative")
        self.sort_index = self.price * self.qty

    @property
    def value(self) -> float:
        return self.price * self.qty


@dataclass(frozen=True)
class Location:
    aisle: int
    shelf: str = "A"


@dataclass
class Inventory:
    items: Dict[str, Item] = field(default_factory=dict)
    where: Dict[str, Location] = field(default_factory=dict)
    owner: Optional[str] = None

    def add(self, item: Item, loc: Location) -> None:
        self.items[item.name] = item
        self.where[item.name] = loc

    def total(self) -> float:
        return sum(i.value for i in self.items.values())

    def report(self):
        lines = [f"{'name':<10}{'qty':>5}{'price':>9}{'value':>10}"]
        for it in sorted(self.items.values(), reverse=True):
            lines.append(f"{it.name:<10}{it.qty:>5}{it.price:>9.2f}{it.value:>10,.2f}")
        lines.append(f"{'TOTAL':<24}{self.total():>10,.2f}")
        return "\n".join(lines)


inv = Inventory(owner="shop")
inv.add(Item("widget", 2.5, 100, ["small"]), Location(3))
inv.add(Item("gadget", 19.99, 7), Location(1, "C"))
inv.add(Item("gizmo", 1250.0, 2, ["big", "fragile"]), Location(12, "B"))
print(inv.report())
w = inv.items["widget"]
print(w)
print(asdict(w))
print(astuple(inv.where["gizmo"]), inv.where["gizmo"])
print(replace(w, qty=3), w == replace(w), w < inv.items["gadget"])
print([f.name for f in fields(Item)], [f.name for f in fields(Item) if f.init])
loc = inv.where["widget"]
try:
    loc.aisle = 9
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(hash(loc) == hash(Location(3, "A")), {loc: 1}[Location(3)])
try:
    Item("bad", -1)
except ValueError as e:
    print(e)
try:
    Item("x")
except TypeError as e:
    print(e)
a, b = Item("a", 1.0), Item("b", 1.0)
a.tags.append("t")
print(a.tags, b.tags, a == b, sorted([Item("z", 3, 1), Item("y", 1, 2)]))
print(Inventory())
