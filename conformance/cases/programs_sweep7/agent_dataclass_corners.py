from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar, is_dataclass
from typing import List, Optional, ClassVar

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)

vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9, 9, "beta"), Version(1, 2, 0, "rc")]
print(sorted(vs))
print(Version(1, 2) == Version(1, 2, 0, "x"), Version(1) < Version(1, 0, 1))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError", e)

@dataclass
class Node:
    name: str
    children: List["Node"] = field(default_factory=list)
    parent: Optional["Node"] = field(default=None, repr=False)
    count: ClassVar[int] = 0

    def __post_init__(self):
        Node.count += 1
        for c in self.children:
            c.parent = self

tree = Node("root", [Node("a"), Node("b", [Node("c")])])
print(tree)
print(Node.count, tree.children[1].children[0].parent.name)
tree.children[1].children[0].parent = None
tree.children[0].parent = tree.children[1].parent = None
print(asdict(tree)["children"][1])
print(astuple(Node("x")))
print([f.name for f in fields(Node)])

@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0
    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

p = Point(3, 4)
print(p, p.dist(), hash(p) == hash(Point(3, 4)), {p, Point(3, 4)})
try:
    p.x = 10
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    del p.y
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
q = replace(p, y=-1)
print(q, p)
try:
    replace(p, z=1)
except TypeError as e:
    print("TypeError", e)

@dataclass
class Account:
    owner: str
    pin: InitVar[int]
    balance: float = 0.0
    history: list = field(default_factory=list, init=False)
    def __post_init__(self, pin):
        if not (1000 <= pin <= 9999):
            raise ValueError(f"bad pin for {self.owner!r}: {pin}")
        self.history.append(("open", self.balance))

a = Account("ann", 1234, 50)
print(a, fields(a)[-1].init)
try:
    Account("bob", 12)
except ValueError as e:
    print("ValueError", e)
try:
    Account("bob")
except TypeError as e:
    print("TypeError", e)
try:
    Account("bob", 1234, 1, [])
except TypeError as e:
    print("TypeError", e)

try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print("ValueError", e)

@dataclass(eq=False)
class Ident:
    v: int
print(Ident(1) == Ident(1), is_dataclass(Ident), is_dataclass(Ident(1)), is_dataclass(int))

@dataclass
class Base:
    a: int = 1
    b: str = "b"
@dataclass
class Derived(Base):
    c: float = 2.5
    a: int = 99
print(Derived(), Derived(c=0))
print(asdict(Derived(), dict_factory=lambda kv: sorted(kv)))

@dataclass(unsafe_hash=True)
class H:
    k: int
    v: list = field(compare=False, hash=False, default_factory=list)
print(hash(H(5)) == hash(H(5, [1])), H(5) == H(5, [2]))
@dataclass(repr=False)
class NoRepr:
    z: int
    def __repr__(self):
        return f"<NoRepr {self.z}>"
print(NoRepr(3), [NoRepr(4)])
try:
    asdict(5)
except TypeError as e:
    print("TypeError", e)
