from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError


@dataclass(order=True)
class Item:
    sort_key: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    tags: list = field(default_factory=list)

    def __post_init__(self):
        self.sort_key = self.price * self.qty


@dataclass(frozen=True)
class Sku:
    code: str
    size: int = 1


items = [Item("pen", 1.5, 10), Item("book", 12.0, 2, ["paper"]), Item("bag", 30.0)]
for i in sorted(items):
    print(i)
print(asdict(items[1]), astuple(items[2]))
print(replace(items[0], qty=1), [f.name for f in fields(Item)])
print(items[0] == Item("pen", 1.5, 10), items[0] < items[1])
s = Sku("A1")
print(s, hash(s) == hash(Sku("A1")), {s: 1}[Sku("A1", 1)])
try:
    s.code = "B"
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    Item("x")
except TypeError as e:
    print("TypeError", e)
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
        a: list = []
except ValueError as e:
    print("ValueError", e)
print(Item.__match_args__, Sku.__dataclass_params__.frozen if hasattr(Sku, "__dataclass_params__") else None)
