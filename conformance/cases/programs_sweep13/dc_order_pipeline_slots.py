from dataclasses import dataclass, field, replace, asdict
from enum import Enum
from typing import ClassVar


class Status(Enum):
    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"
    CANCELLED = "cancelled"


ALLOWED = {Status.NEW: {Status.PAID, Status.CANCELLED}, Status.PAID: {Status.SHIPPED, Status.CANCELLED}}


@dataclass(slots=True)
class Line:
    sku: str
    qty: int
    unit_cents: int

    @property
    def total(self):
        return self.qty * self.unit_cents


@dataclass
class Order:
    id: int
    lines: list[Line] = field(default_factory=list)
    status: Status = Status.NEW
    history: list[str] = field(default_factory=list, repr=False)
    tax_rate: ClassVar[float] = 0.2

    def advance(self, new):
        if new not in ALLOWED.get(self.status, set()):
            raise ValueError(f"order {self.id}: {self.status.value} -> {new.value} not allowed")
        self.history.append(f"{self.status.value}->{new.value}")
        self.status = new

    @property
    def total_cents(self):
        sub = sum(l.total for l in self.lines)
        return round(sub * (1 + self.tax_rate))


o = Order(1, [Line("A", 2, 499), Line("B", 1, 1250)])
print(o)
print(o.total_cents, [l.total for l in o.lines])
o.advance(Status.PAID)
o.advance(Status.SHIPPED)
print(o.status, o.history)
try:
    o.advance(Status.CANCELLED)
except ValueError as e:
    print("ValueError:", e)
copy = replace(o, id=2, status=Status.NEW)
print(copy.id, copy.status.name, copy.history is o.history, asdict(copy)["lines"][0])
try:
    Line("C", 1, 1).color = "red"
except AttributeError as e:
    print("AttributeError:", e)
