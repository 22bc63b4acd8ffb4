# @dataclass options, field(), fields/asdict/astuple/replace, frozen and ordering, inheritance, KW_ONLY, match.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar, is_dataclass, KW_ONLY
from typing import List, ClassVar
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
t(lambda: p)
t(lambda: (p == Point(1, 2), p != Point(2, 1), Point(1) == Point(1, 0)))
t(lambda: Point())
t(lambda: Point(1, 2, 3))
t(lambda: Point(1, z=2))
t(lambda: Point(1, x=2))
t(lambda: hash(p))
t(lambda: asdict(p))
t(lambda: astuple(p))
t(lambda: replace(p, y=9))
t(lambda: [f.name for f in fields(p)])
t(lambda: Point.__match_args__)
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()
v = Version(1, 2)
t(lambda: sorted([Version(2), Version(1, 5), v]))
t(lambda: v < Version(1, 3))
t(lambda: hash(v) == hash(Version(1, 2)))
try:
    v.major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
t(lambda: isinstance(FrozenInstanceError(), AttributeError))
@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    limit: ClassVar[int] = 10
a = Inventory("a"); b = Inventory("b")
a.items.append("x")
t(lambda: (a, b, Inventory.limit))
t(lambda: [f.name for f in fields(Inventory)])
@dataclass
class Base:
    id: int
    def describe(self): return f"{type(self).__name__}#{self.id}"
@dataclass
class Child(Base):
    name: str = "anon"
c = Child(5)
t(lambda: (c, c.describe(), Child(1, "x") == Child(1, "x"), Base(1) == Child(1)))
@dataclass
class WithPost:
    w: float
    h: float
    area: float = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h
t(lambda: WithPost(2, 3))
@dataclass
class Custom:
    v: int
    def __repr__(self): return f"<Custom {self.v}>"
t(lambda: Custom(3))
t(lambda: Custom.__hash__)
@dataclass(eq=False)
class NoEq:
    v: int
t(lambda: NoEq(1) == NoEq(1))
t(lambda: is_dataclass(p), )
t(lambda: (is_dataclass(Point), is_dataclass(3)))
def bad():
    @dataclass
    class Bad:
        a: int = 0
        b: int
t(bad)
def bad2():
    @dataclass
    class Bad2:
        a: list = []
t(bad2)
@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2
t(lambda: KW(1, c=5))
t(lambda: KW(1, 2))
@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float
t(lambda: {Coord(1, 2): "here"}[Coord(1.0, 2.0)])
@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
t(lambda: asdict(tree))
def m(o):
    match o:
        case Point(0, y): return f"y-axis {y}"
        case Point(x, 0): return f"x-axis {x}"
        case Point(x=x, y=y): return f"{x},{y}"
t(lambda: [m(Point(0, 5)), m(Point(3, 0)), m(Point(1, 1))])
t(lambda: replace(p, z=1))
t(lambda: asdict(3))
@dataclass
class WithEq:
    v: int
    def __eq__(self, other):
        return True
    def __repr__(self):
        return "WithEq!"
print(WithEq(1) == WithEq(2), WithEq.__hash__, WithEq(3))
@dataclass
class Parent:
    a: int = 1
    def __repr__(self):
        return "custom parent repr"
@dataclass
class Kid(Parent):
    b: int = 2
print(Parent(), Kid(), Kid(5, 6) == Kid(5, 6))
