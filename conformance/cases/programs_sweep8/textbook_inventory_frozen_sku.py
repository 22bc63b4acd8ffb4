from dataclasses import dataclass, field, asdict, astuple, replace
from typing import Optional
@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    tags: list[str] = field(default_factory=list)
    def __post_init__(self):
        self.sort_index = self.price * self.qty
    @property
    def total(self) -> float: return self.price * self.qty

@dataclass(frozen=True)
class Sku:
    code: str
    variant: Optional[str] = None

class Inventory:
    def __init__(self): self.items: dict[Sku, Item] = {}
    def add(self, sku: Sku, item: Item) -> None:
        if sku in self.items: raise KeyError(f"duplicate {sku}")
        self.items[sku] = item
    def report(self) -> str:
        lines = [f"{'SKU':<12}{'Name':<10}{'Qty':>5}{'Price':>9}{'Total':>10}"]
        for sku, it in sorted(self.items.items(), key=lambda kv: kv[1]):
            lines.append(f"{sku.code + (sku.variant or ''):<12}{it.name:<10}{it.qty:>5}{it.price:>9.2f}{it.total:>10,.2f}")
        lines.append("-" * len(lines[0]))
        lines.append(f"{'TOTAL':<31}{sum(i.total for i in self.items.values()):>10,.2f}")
        return "\n".join(lines)

inv = Inventory()
inv.add(Sku("A1"), Item("widget", 2.5, 100, ["x"]))
inv.add(Sku("A1", "-r"), Item("widget", 2.75, 40))
inv.add(Sku("B7"), Item("gizmo", 1999.99, 3))
inv.add(Sku("C0"), Item("nut", 0.05, 12000, ["hw", "small"]))
print(inv.report())
print(Item("a", 1.0), Sku("Z"))
print(asdict(inv.items[Sku("C0")]))
print(astuple(Sku("Q", "v")))
print(replace(Sku("Q"), variant="w"))
try:
    inv.add(Sku("B7"), Item("dup", 1, 1))
except KeyError as e:
    print("KeyError", e)
try:
    Sku("A").code = "B"
except Exception as e:
    print(type(e).__name__, e)
print(Item("a", 1.0, 2) < Item("b", 0.5, 5), Item("a", 1, 2) == Item("a", 1, 2))
print(hash(Sku("A")) == hash(Sku("A")))
try:
    Item("x")
except TypeError as e:
    print("TypeError", e)
