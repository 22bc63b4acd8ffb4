import dataclasses
from dataclasses import dataclass, field, KW_ONLY, make_dataclass, is_dataclass, asdict, astuple, fields, replace
from typing import ClassVar, Any
import pprint

@dataclass
class Base:
    id: int
    name: str = "base"
    registry: ClassVar[dict] = {}
@dataclass
class Child(Base):
    extra: list = field(default_factory=list)
    name: str = "child"
print(Child(1), [f.name for f in fields(Child)], Child.__init__.__name__)
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int = 1
print(K(1, c=5), K.__match_args__)
try:
    K(1, 2)
except TypeError as e:
    print("TypeError", e)
@dataclass(unsafe_hash=True)
class H:
    x: int
    y: list = field(default=None, hash=False, compare=False)
print(hash(H(1)) == hash(H(1, [1])), H(1) == H(1, [2]))
@dataclass(frozen=True, order=True)
class Ver:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)
vs = sorted([Ver(1, 2, "b"), Ver(1, 0), Ver(0, 9, "rc")])
print(vs, Ver(1) <= Ver(1, 0, "x"), {Ver(1): "one"}[Ver(1, 0, "zz")] if False else Ver(1) == Ver(1, 0, "zz"))
P = make_dataclass("P", [("x", int), ("y", int, field(default=5)), "z"] if False else [("x", int), "z", ("y", int, field(default=5))], namespace={"norm": lambda s: abs(s.x) + abs(s.y)})
p = P(3, "zz")
print(p, p.norm(), is_dataclass(P), is_dataclass(p), is_dataclass(int), P.__name__)
@dataclass
class Tree:
    val: int
    kids: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
t = Tree(1, [Tree(2, [Tree(4)]), Tree(3, meta={"k": (1, 2)})])
print(asdict(t))
print(astuple(t))
print(asdict(t, dict_factory=lambda items: {k: v for k, v in items if v}))
pprint.pprint(t, width=50)
pprint.pprint(Tree(1, list(range(30))))
@dataclass(repr=False)
class NoRepr:
    a: int
print(NoRepr(1).__class__.__name__, "repr" in str(type(repr(NoRepr(1)))))
@dataclass
class Rec:
    me: Any = None
r = Rec(); r.me = r
print(repr(r))
@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 2
print(WithPost(3), replace(WithPost(3)) if False else "", asdict(WithPost(4)))
try:
    replace(WithPost(3), b=1)
except ValueError as e:
    print("ValueError", e)
try:
    asdict(5)
except TypeError as e:
    print("TypeError", e)
try:
    fields(5)
except TypeError as e:
    print("TypeError", e)
@dataclass
class Defaults:
    a: int = field(default_factory=lambda: 7)
    b: tuple = (1, 2)
    c: frozenset = frozenset()
print(Defaults(), Defaults() == Defaults(), Defaults.b, type(dataclasses.MISSING).__name__, fields(Defaults)[0].default is dataclasses.MISSING)
try:
    field(default=1, default_factory=int)
except ValueError as e:
    print("ValueError", e)
@dataclass
class Inv:
    qty: int
    def __post_init__(self):
        if self.qty < 0:
            raise ValueError(f"qty must be >= 0, got {self.qty}")
try:
    Inv(-1)
except ValueError as e:
    print("ValueError", e)
print(repr(fields(Inv)[0]).split("(")[0], fields(Inv)[0].type, Inv.__dataclass_params__.frozen if hasattr(Inv, "__dataclass_params__") else "", Inv.__eq__(Inv(1), 5))
@dataclass(order=True)
class S:
    a: int
print(S(1) < S(2), S(1).__lt__(5))
try:
    S(1) < 5
except TypeError as e:
    print("TypeError", e)
print(str(Child(1)), Child(1) == Base(1), Child.__doc__, Base.__doc__)
