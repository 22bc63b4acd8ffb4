from dataclasses import dataclass, field


@dataclass
class Order:
    order_id: int
    customer: str
    lines: list = field(default_factory=list)

    def add_line(self, sku, qty, price):
        self.lines.append((sku, qty, price))
        return self

    @property
    def total(self):
        return sum(q * p for _, q, p in self.lines)


o = Order(17, "ACME").add_line("bolt", 100, 0.05).add_line("nut", 100, 0.03)
print(o)
print(f"total = {o.total:.2f}")
o.add_line("washer", 50, 0.01)
print(len(o.lines), round(o.total, 2))
print(o.custmer)
