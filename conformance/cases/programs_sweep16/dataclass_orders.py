from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar
from typing import List, Optional
from decimal import Decimal

@dataclass(order=True)
class LineItem:
    sort_index: Decimal = field(init=False, repr=False)
    sku: str
    qty: int = 1
    unit: Decimal = Decimal("0.00")
    def __post_init__(self):
        self.sort_index = self.qty * self.unit
    @property
    def total(self):
        return self.qty * self.unit

@dataclass
class Order:
    id: int
    items: List[LineItem] = field(default_factory=list)
    note: Optional[str] = None
    tags: set = field(default_factory=set, compare=False)
    def add(self, *a, **k):
        self.items.append(LineItem(*a, **k))
        return self
    def total(self):
        return sum((i.total for i in self.items), Decimal("0"))

o = Order(7).add("pen", 3, Decimal("1.25")).add("pad", unit=Decimal("4.10")).add("ink", 2, Decimal("0.99"))
print(o)
print(o.total(), sorted(o.items)[0].sku, max(o.items).sku)
print(asdict(o))
print(astuple(o.items[0]))
print([f.name for f in fields(LineItem)], [f.init for f in fields(LineItem)])
o2 = replace(o, id=8, note="rush")
print(o2.id, o2.note, o2.items is o.items, o == replace(o, tags={"x"}))
try:
    LineItem("a") < Order(1)
except TypeError as e:
    print("TypeError", e)

@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str = "USD"
    def __add__(self, other):
        if self.currency != other.currency:
            raise ValueError("currency mismatch")
        return Money(self.amount + other.amount, self.currency)
m = Money(Decimal("10.50")) + Money(Decimal("0.75"))
print(m, hash(m) == hash(Money(Decimal("11.25"))), {m: 1}[Money(Decimal("11.25"))])
try:
    m.amount = 0
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    del m.currency
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    Money(1, "USD") + Money(1, "EUR")
except ValueError as e:
    print("ValueError", e)

@dataclass
class Config:
    name: str
    secret: InitVar[str] = "s3"
    retries: int = field(default=3, metadata={"unit": "times"})
    hashed: str = field(init=False, default="")
    def __post_init__(self, secret):
        self.hashed = secret[::-1]
c = Config("svc", "abc")
print(c, fields(c)[1].metadata["unit"], fields(c)[1].metadata)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Bad2:
        xs: list = []
except ValueError as e:
    print("ValueError", e)
try:
    Config()
except TypeError as e:
    print("TypeError", e)

@dataclass(eq=False)
class Node:
    val: int
    children: list = field(default_factory=list, repr=False)
print(Node(1) == Node(1), Node(2))
@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 0
print(Opts(level=2))
try:
    Opts(True)
except TypeError as e:
    print("TypeError", e)
@dataclass(slots=True)
class P:
    x: int
    y: int = 0
print(P(1), P.__slots__, hasattr(P(1), "__dict__"))
print(P.__match_args__, Order.__match_args__)
match P(3, 4):
    case P(x, y=4):
        print("matched", x)
