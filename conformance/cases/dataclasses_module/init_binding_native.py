# The generated __init__ binds a call as its signature would (positional,
# keyword, keyword-only, defaults, factories) and stores the fields in
# order; calls that do not bind raise CPython's errors; a factory, a
# __setattr__ or __post_init__ that raises shows the generated line.
import traceback
from dataclasses import KW_ONLY, InitVar, dataclass, field


def show(exc):
    entries = traceback.extract_tb(exc.__traceback__)
    where = [(e.filename if e.filename == "<string>" else "case", e.lineno, e.name)
             for e in entries]
    print(type(exc).__name__, exc, where)


counter = [0]


def numbered():
    counter[0] += 1
    return counter[0]


@dataclass
class Item:
    sku: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)
    serial: int = field(default_factory=numbered, init=False)
    _: KW_ONLY
    note: str = ""
    seq: int = field(default_factory=numbered)


print(Item("a", 1.5))
print(Item("b", 2.0, 3, ["x"], note="n"))
print(Item(price=4.0, sku="c", seq=100))
print(Item("d", 1.0, tags=None, qty=0))
print(Item(*["e", 9.0], **{"note": "kw", "qty": 2}))


class Key(str):
    pass


print(Item(**{Key("sku"): "f", "price": 1.0}))

for call in [lambda: Item(), lambda: Item("a"), lambda: Item("a", 1, 2, [], 5),
             lambda: Item("a", 1, sku="b"), lambda: Item("a", 1, colour="red"),
             lambda: Item("a", 1, serial=3)]:
    try:
        call()
    except TypeError as exc:
        print("TypeError", exc)


def failing():
    raise ValueError("factory failed")


@dataclass
class Broken:
    a: int
    b: list = field(default_factory=list)
    c: list = field(default_factory=failing)


try:
    Broken(1)
except ValueError as exc:
    show(exc)
print(Broken(1, [2], [3]))


@dataclass
class Watched:
    a: int
    b: int = 0

    def __setattr__(self, name, value):
        if name == "b" and value < 0:
            raise ValueError(f"{name} must not be negative")
        print("set", name, value)
        object.__setattr__(self, name, value)


print(Watched(1, 2))
try:
    Watched(1, -1)
except ValueError as exc:
    show(exc)


@dataclass(frozen=True)
class Frozen:
    a: int
    tags: tuple = field(default_factory=tuple)

    def __post_init__(self):
        if self.a < 0:
            raise ValueError("negative")


print(Frozen(1), Frozen(2, (3,)))
try:
    Frozen(-1)
except ValueError as exc:
    show(exc)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: "Node" = None


def bad_node():
    return Node()


@dataclass
class Tree:
    root: Node = field(default_factory=bad_node)


try:
    Tree()
except TypeError as exc:
    show(exc)


@dataclass(slots=True)
class Slotted:
    a: int
    b: int = field(default=5, init=False)
    c: list = field(default_factory=list, init=False)


s = Slotted(1)
print(s, s.b, s.c)


@dataclass
class WithInitVar:
    a: int
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.a *= scale


print(WithInitVar(3), WithInitVar(3, 10), WithInitVar(a=1, scale=5))


class Base:
    def __init__(self):
        self.base = True


@dataclass
class Child(Base):
    x: int = 0


c = Child(4)
print(c, hasattr(c, "base"))
Item.__init__(c, "reused", 0.5)
print(c.sku, c.price, c.qty, c.tags)
try:
    Frozen.__init__(5, 1)
except AttributeError as exc:
    print("AttributeError", exc)


@dataclass
class Odd:
    self: int
    args: int = 0
    kwargs: int = 1


print(Odd(1), Odd(self=2, args=3, kwargs=4))
