from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, FrozenInstanceError, KW_ONLY
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False, repr=False)
vs = sorted([Version(1, 2), Version(1, 0, 5), Version(0, 9, label="beta")])
print(vs, Version(1) == Version(1, label="x"), Version(2) > Version(1, 99))
@dataclass(frozen=True)
class Pt:
    x: float
    y: float = 0.0
p = Pt(1.5)
try:
    p.x = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
print(hash(p) == hash(Pt(1.5, 0.0)), replace(p, y=3), asdict(p), astuple(p))
@dataclass
class Cart:
    owner: str
    items: list = field(default_factory=list)
    discount: InitVar[float] = 0.0
    _: KW_ONLY
    currency: str = "EUR"
    def __post_init__(self, discount):
        self.rate = 1 - discount
c = Cart("ann", discount=0.1, currency="USD"); c.items.append("pen")
print(c, c.rate, [f.name for f in fields(c)], Cart("bo").items is not Cart("cy").items)
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
    Cart()
except TypeError as e:
    print("TypeError", e)
