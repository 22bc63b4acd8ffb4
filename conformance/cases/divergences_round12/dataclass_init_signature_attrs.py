# The generated __init__'s __defaults__, __kwdefaults__ and __annotations__,
# as CPython's exec-made function shows them.
from dataclasses import dataclass, field, InitVar, KW_ONLY


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    q: int = field(default=1, kw_only=True)


@dataclass
class Plain:
    a: int
    b: 'str'


@dataclass
class Mixed:
    a: int
    iv: InitVar[int] = 3
    _: KW_ONLY
    k: int
    j: int = 9
    skip: int = field(default=0, init=False)


for cls in (Item, Plain, Mixed):
    f = cls.__init__
    print(cls.__name__, f.__defaults__, f.__kwdefaults__, f.__annotations__)
print(Item('x'), Mixed(1, k=2))
