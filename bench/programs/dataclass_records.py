# Dataclass-heavy record code: construction with defaults and keywords,
# generated __eq__/__repr__/ordering, frozen records as dict keys,
# dataclasses.replace, and sorting and grouping records.
from dataclasses import dataclass, field, replace


@dataclass
class Item:
    sku: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)

    def total(self):
        return self.price * self.qty


@dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int


@dataclass
class Order:
    number: int
    items: list = field(default_factory=list)

    def add(self, sku, price, qty=1):
        self.items.append(Item(sku, price, qty=qty))

    def value(self):
        return sum(item.total() for item in self.items)


orders = []
for n in range(15000):
    order = Order(n)
    for k in range(n % 5 + 1):
        order.add(f"s{(n + k) % 37}", (n * k % 23) / 4, qty=k + 1)
    orders.append(order)
print(round(sum(o.value() for o in orders), 2))

first = orders[17].items[0]
same = sum(1 for o in orders for it in o.items if it == first)
print(repr(first), same)

points = [Point(i % 50, (i * 7) % 41) for i in range(60000)]
seen = {}
for p in points:
    seen[p] = seen.get(p, 0) + 1
print(len(seen), min(points), max(points))
points.sort()
print(points[100], points[-100])

moved = [replace(p, x=p.x + 1) for p in points[:10000]]
print(sum(p.x + p.y for p in moved))

by_sku = {}
for order in orders:
    for item in order.items:
        by_sku.setdefault(item.sku, []).append(item.qty)
print(sorted((sku, sum(q)) for sku, q in by_sku.items())[:4])
