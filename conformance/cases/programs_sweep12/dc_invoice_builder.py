from dataclasses import dataclass, field, asdict
from decimal import Decimal, ROUND_HALF_UP
from datetime import date, timedelta
from typing import List


def cents(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@dataclass
class LineItem:
    description: str
    quantity: int
    unit_price: Decimal
    tax_rate: Decimal = Decimal("0.20")

    @property
    def net(self):
        return cents(self.quantity * self.unit_price)

    @property
    def tax(self):
        return cents(self.net * self.tax_rate)


@dataclass
class Invoice:
    number: str
    customer: str
    issued: date
    items: List[LineItem] = field(default_factory=list)
    terms_days: int = 30

    @property
    def due(self):
        return self.issued + timedelta(days=self.terms_days)

    def add(self, *args, **kwargs):
        self.items.append(LineItem(*args, **kwargs))
        return self

    def totals(self):
        net = sum((i.net for i in self.items), Decimal(0))
        tax = sum((i.tax for i in self.items), Decimal(0))
        return net, tax, net + tax

    def render(self):
        lines = [f"INVOICE {self.number}  {self.customer}", f"issued {self.issued:%d %b %Y}, due {self.due:%d %b %Y}"]
        lines.append(f"{'item':<20}{'qty':>4}{'price':>9}{'net':>10}{'tax':>8}")
        for i in self.items:
            lines.append(f"{i.description:<20}{i.quantity:>4}{i.unit_price:>9}{i.net:>10}{i.tax:>8}")
        net, tax, gross = self.totals()
        lines += [f"{'net':>43}{net:>8}", f"{'tax':>43}{tax:>8}", f"{'TOTAL':>43}{gross:>8}"]
        return "\n".join(lines)


inv = (Invoice("2024-0042", "ACME Ltd", date(2024, 1, 31))
       .add("Consulting (hours)", 12, Decimal("95.00"))
       .add("Travel", 1, Decimal("123.456"), Decimal("0"))
       .add("Books", 3, Decimal("19.99"), tax_rate=Decimal("0.05")))
print(inv.render())
d = asdict(inv)
print(sorted(d), d["items"][1]["unit_price"], len(d["items"]))
print(inv.items[0] == LineItem("Consulting (hours)", 12, Decimal("95.00")), inv.due.isoformat())
