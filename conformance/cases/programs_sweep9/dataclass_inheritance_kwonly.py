from dataclasses import dataclass, field, KW_ONLY, InitVar, fields, is_dataclass, make_dataclass
from enum import Enum
class Status(Enum):
    NEW = "new"
    DONE = "done"
@dataclass
class Base:
    id: int
    status: Status = Status.NEW
@dataclass
class Task(Base):
    title: str = "untitled"
    _: KW_ONLY
    priority: int = 0
    tags: list = field(default_factory=list, compare=False)
@dataclass(kw_only=True)
class Note:
    text: str
    pinned: bool = False
@dataclass(slots=True)
class Pt:
    x: float
    y: float = 0.0
    def norm(self): return (self.x ** 2 + self.y ** 2) ** 0.5
@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False)
    def __post_init__(self, scale): self.b = self.a * scale
t = Task(1, title="write", priority=2)
print(t, t == Task(1, Status.NEW, "write", priority=2, tags=["x"]), [f.name for f in fields(t)])
print(Note(text="hi"), Pt(3, 4).norm(), Pt(1), hasattr(Pt(1), "__dict__"), Pt.__slots__, WithInit(5), WithInit(5, 10))
try:
    Task(1, Status.DONE, "x", 5)
except TypeError as e:
    print(e)
try:
    Note("positional")
except TypeError as e:
    print(e)
try:
    Pt(1).z = 3
except AttributeError as e:
    print(e)
P3 = make_dataclass("P3", [("x", int), ("y", int, field(default=0))], frozen=True)
p = P3(1)
print(p, is_dataclass(p), is_dataclass(P3), hash(p) == hash(P3(1, 0)))
@dataclass(eq=False)
class Ident:
    v: int
print(Ident(1) == Ident(1), Ident(1).__eq__(Ident(1)))
@dataclass(order=True, unsafe_hash=True)
class Ver:
    major: int
    minor: int = 0
print(sorted([Ver(1, 2), Ver(0, 9), Ver(1)]), Ver(1) < Ver(1, 1), {Ver(1): "a"}[Ver(1, 0)])
try:
    Ver(1) < (1, 0)
except TypeError as e:
    print(e)
@dataclass
class Rec:
    name: str
    children: list = field(default_factory=list)
r = Rec("root"); r.children.append(r)
print(r)
