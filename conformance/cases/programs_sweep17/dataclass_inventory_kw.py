# Inventory records with dataclass features: KW_ONLY, InitVar, field options,
# slots, frozen replace, asdict/astuple on nested structures, ordering.
from dataclasses import (dataclass, field, InitVar, KW_ONLY, asdict, astuple, replace,
                         fields, is_dataclass, FrozenInstanceError)
from typing import ClassVar, Optional

@dataclass(order=True)
class Sku:
    code: str
    revision: int = 0

@dataclass
class Item:
    sku: Sku
    name: str
    _: KW_ONLY
    qty: int = 0
    price_cents: int = field(default=0, repr=False)
    tags: list = field(default_factory=list, compare=False)
    discount: InitVar[Optional[int]] = None
    registry: ClassVar[dict] = {}

    def __post_init__(self, discount):
        if discount:
            self.price_cents -= self.price_cents * discount // 100
        Item.registry[self.sku.code] = self

    @property
    def value(self):
        return self.qty * self.price_cents

@dataclass(frozen=True, slots=True)
class Location:
    aisle: str
    shelf: int = 1

@dataclass
class Stocked(Item):
    where: Location = field(default_factory=lambda: Location("A"))

a = Item(Sku("W-1"), "widget", qty=3, price_cents=250, tags=["blue"], discount=10)
b = Item(Sku("G-7", 2), "gadget", qty=1, price_cents=9999)
c = Stocked(Sku("S-3"), "spoon", qty=40, price_cents=35, where=Location("K", 4))
print(a)
print(b, b == Item(Sku("G-7", 2), "gadget", qty=1, price_cents=9999, tags=["x"]))
print(c)
print(asdict(c))
print(astuple(c))
print([f.name for f in fields(Stocked)], [f.kw_only for f in fields(Stocked)])
print(sorted(Item.registry), a.value, c.value)
try:
    Item(Sku("Z"), "z", 5)
except TypeError as exc:
    print("TypeError:", exc)
loc = Location("B")
loc2 = replace(loc, shelf=9)
print(loc, loc2, loc == Location("B", 1), hash(loc) == hash(Location("B")), hasattr(loc, "__dict__"))
try:
    loc.shelf = 3
except FrozenInstanceError as exc:
    print("FrozenInstanceError:", exc)
try:
    loc.color = "red"
except (FrozenInstanceError, AttributeError, TypeError) as exc:
    print(type(exc).__name__, exc)
skus = [Sku("b", 2), Sku("a", 9), Sku("b", 1), Sku("a", 0)]
print(sorted(skus), max(skus), Sku("a") < Sku("a", 1))
try:
    Sku("a") < Location("a")
except TypeError as exc:
    print("TypeError:", exc)
print(is_dataclass(a), is_dataclass(Item), is_dataclass(3))
print(Item.__match_args__, Location.__match_args__, Stocked.__match_args__)
match c:
    case Stocked(Sku(code), name, where=Location(aisle="K", shelf=s)):
        print("matched", code, name, s)
try:
    replace(a, discount=5)
except (TypeError, ValueError) as exc:
    print(type(exc).__name__, exc)
a2 = replace(a, qty=10, discount=50)
print(a2, a2.price_cents)

@dataclass(eq=False)
class Node:
    label: str
    children: list = field(default_factory=list)

root = Node("r", [Node("x"), Node("y", [Node("z")])])
print(asdict(root))
print(root == Node("r"), Node.__eq__ is object.__eq__)

@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str = field(hash=False, default="")

print(hash(Key(1, "x")) == hash(Key(1, "y")), {Key(1): 1}[Key(1)])
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as exc:
    print("ValueError:", exc)
try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as exc:
    print("TypeError:", exc)
