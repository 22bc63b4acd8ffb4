# An inventory with dataclasses and enums: totals, reorders and a report.
from dataclasses import dataclass, field, asdict, replace, astuple
from enum import Enum, auto, IntEnum
from collections import defaultdict

class Category(Enum):
    TOOLS = auto()
    PAINT = auto()
    GARDEN = auto()

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

@dataclass(order=True)
class Item:
    sku: str
    name: str = field(compare=False)
    category: Category = field(compare=False)
    price: float = field(compare=False, default=0.0)
    qty: int = field(compare=False, default=0)
    tags: list = field(default_factory=list, compare=False, repr=False)

    @property
    def value(self):
        return self.price * self.qty

@dataclass(frozen=True)
class Reorder:
    sku: str
    amount: int
    priority: Priority = Priority.MEDIUM

items = [
    Item("T-100", "hammer", Category.TOOLS, 12.5, 10, ["steel"]),
    Item("P-220", "white paint", Category.PAINT, 23.99, 2),
    Item("G-003", "rake", Category.GARDEN, 18.0, 0),
    Item("T-050", "screwdriver set", Category.TOOLS, 31.25, 4),
    Item("P-010", "brush", Category.PAINT, 4.75, 35),
]
print(items[0])
print(sorted(items)[0].sku, sorted(items)[-1].sku)
by_cat = defaultdict(list)
for it in items:
    by_cat[it.category].append(it)
for cat in Category:
    group = by_cat[cat]
    total = sum(i.value for i in group)
    print(f"{cat.name:<7}{len(group):>3} items {total:>9.2f}  {', '.join(i.name for i in group)}")
orders = []
for it in items:
    if it.qty < 5:
        prio = Priority.HIGH if it.qty == 0 else Priority.MEDIUM
        orders.append(Reorder(it.sku, 10 - it.qty, prio))
orders.sort(key=lambda o: (-o.priority, o.sku))
for o in orders:
    print(o, o.priority.name, int(o.priority), o.priority > Priority.LOW)
try:
    orders[0].amount = 3
except Exception as e:
    print(type(e).__name__, e)
bumped = replace(orders[0], amount=99)
print(bumped, bumped == orders[0], hash(bumped) == hash(Reorder("G-003", 99, Priority.HIGH)))
print(asdict(items[1]))
print(astuple(orders[-1]))
print(Category["PAINT"], Category(3), Priority(2), repr(Priority.LOW), list(Priority))
print(f"{Priority.HIGH}", f"{Category.TOOLS}", str(Priority.LOW), format(Priority.MEDIUM, ">4"))
