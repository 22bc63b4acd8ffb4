from dataclasses import dataclass, field, asdict, astuple, make_dataclass, is_dataclass, fields, replace
from typing import ClassVar, List, Optional
@dataclass
class Address:
    city: str
    zip: Optional[str] = None
@dataclass
class Person:
    name: str
    addresses: List[Address] = field(default_factory=list)
    count: ClassVar[int] = 0
    id: int = field(init=False, default=-1)
    def __post_init__(self):
        Person.count += 1
        self.id = Person.count
p = Person("ann", [Address("Oslo"), Address("Rome", "00100")])
print(p, asdict(p), astuple(p), Person.count, [f.name for f in fields(Person)])
print(is_dataclass(p), is_dataclass(Person), is_dataclass(1), replace(p, name="bo").id)
from dataclasses import dataclass, make_dataclass, field
Pt = make_dataclass("Pt", [("x", int), ("y", int, field(default=0))], namespace={"norm": lambda self: abs(self.x) + abs(self.y)}, frozen=True)
print(Pt(3, -4), Pt(3, -4).norm(), Pt.__name__, hash(Pt(1)) == hash(Pt(1, 0)))
from dataclasses import dataclass
@dataclass(unsafe_hash=True)
class U:
    a: int
    b: list = None
print(hash(U(1)) == hash(U(1)), U(1) == U(1), U(1) != U(2))
@dataclass(eq=False)
class N:
    a: int
print(N(1) == N(1), hash(N(1)) != 0)
@dataclass
class A:
    x: int
@dataclass
class B:
    x: int
print(A(1) == B(1), A(1) == A(1), A(1).__eq__(B(1)))
from dataclasses import dataclass, asdict
import json
@dataclass
class Item:
    name: str
    tags: tuple = ()
    meta: dict = None
items = [Item("a", ("x", "y"), {"k": [1, 2]}), Item("b")]
print(json.dumps([asdict(i) for i in items], sort_keys=True))
print(json.dumps(items, default=lambda o: {"__item__": o.name}))
