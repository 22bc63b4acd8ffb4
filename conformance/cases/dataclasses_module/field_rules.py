# The rules @dataclass applies to each annotated name: ClassVar and InitVar
# pseudo-fields, KW_ONLY, defaults found on the class, the checks that raise,
# the generated __doc__, and reprs of fields and of dataclasses that hold
# themselves.
import dataclasses
from dataclasses import KW_ONLY, MISSING, InitVar, dataclass, field, fields
from typing import ClassVar, List, Optional
import collections
import typing


@dataclass
class Item:
    name: str
    tags: List[str] = field(default_factory=list)
    note: 'str' = 'n/a'
    scale: InitVar[int] = 1
    queue: collections.deque = None
    sizes: list[int] = None
    extra: Optional[dict] = None
    _: KW_ONLY
    weight: float = 1.5
    registry: ClassVar[int] = field(default=10)
    counter: ClassVar[int] = 0

    def __post_init__(self, scale):
        self.weight *= scale


print(Item.__doc__)
print(Item('a', weight=2.0, scale=3))
print(Item.registry, Item.counter, 'registry' in Item.__dataclass_fields__)
print([f.name for f in fields(Item)], len(Item.__dataclass_fields__))
print(Item.__match_args__)
print(Item.__dataclass_params__)
kinds = {name: repr(f._field_type) for name, f in Item.__dataclass_fields__.items()}
print(kinds)
f0 = fields(Item)[0]
print(f0.name, f0.type, f0.default is MISSING, f0.kw_only, f0.metadata, type(f0.metadata).__name__)
print(type(MISSING).__name__, type(KW_ONLY).__name__)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int
    c: int = field(kw_only=False)


print(Mixed(1, 2, b=3), Mixed.__match_args__, Mixed.__doc__)
try:
    Mixed(1, 2, 3)
except TypeError as e:
    print('TypeError', e)


@dataclass
class Stored:
    a: int
    d: int = field(default=4, init=False)
    items: list = field(default_factory=list, init=False)


s = Stored(0)
print(sorted(vars(s)), Stored.d, 'd' in Stored.__dict__, 'items' in Stored.__dict__)


@dataclass
class Explicit:
    x: int
    __match_args__ = ('y',)


print(Explicit.__match_args__)


class Base:
    inherited = 7


@dataclass
class FromBase(Base):
    inherited: int


print(FromBase(), FromBase(8))


@dataclass
class Meta:
    x: int = field(default=0, metadata={'unit': 'cm'})


m = fields(Meta)[0].metadata
print(m['unit'], type(m).__name__, len(m))
try:
    m['unit'] = 'mm'
except TypeError as e:
    print('TypeError', e)


class Unhashable:
    __hash__ = None


def check(make):
    try:
        make()
        print('ok')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


def list_default():
    @dataclass
    class C:
        x: list = []


def unhashable_default():
    @dataclass
    class C:
        x: object = Unhashable()


def classvar_factory():
    @dataclass
    class C:
        x: ClassVar[list] = field(default_factory=list)


def initvar_factory():
    @dataclass
    class C:
        x: InitVar[list] = field(default_factory=list)


def classvar_kw_only():
    @dataclass
    class C:
        x: ClassVar[int] = field(default=1, kw_only=True)


def no_annotation():
    @dataclass
    class C:
        x: int
        y = field(default=1)


def kw_only_twice():
    @dataclass
    class C:
        _: KW_ONLY
        a: int
        __: KW_ONLY


def frozen_from_plain():
    @dataclass
    class P:
        x: int

    @dataclass(frozen=True)
    class F(P):
        y: int


def plain_from_frozen():
    @dataclass(frozen=True)
    class F:
        x: int

    @dataclass
    class P(F):
        y: int


def base_annotation_only():
    @dataclass
    class B:
        x: int

    @dataclass
    class C(B):
        x = field(default=3)


for make in (list_default, unhashable_default, classvar_factory, initvar_factory,
             classvar_kw_only, no_annotation, kw_only_twice, frozen_from_plain,
             plain_from_frozen, base_annotation_only):
    check(make)


@dataclass
class Node:
    value: int
    link: object = None


n = Node(1)
n.link = n
print(n)
pair = Node(2, Node(3))
pair.link.link = pair
print(pair)
f = field(default=5)
f.default = f
print(repr(f)[:40])


@dataclass
class Documented:
    """Kept."""
    x: int


@dataclass(init=False)
class NoInit:
    x: int


print(Documented.__doc__, NoInit.__doc__)


@dataclass
class Strings:
    a: 'ClassVar[int]' = 3
    b: 'dataclasses.InitVar[int]' = 4
    c: ' ClassVar [int]' = 5

    def __post_init__(self, b):
        self.got = b


print(Strings(), Strings().got, [f.name for f in fields(Strings)])


@dataclass
class Spelled:
    a: 'typing .ClassVar[str]' = 'cv'
    b: 'ClassVarx[int]' = 1
    c: ' dataclasses . InitVar [int]' = 2
    d: 'other.ClassVar[int]' = 3
    e: 'dataclasses.KW_ONLY'
    f: int = 4

    def __post_init__(self, c):
        self.seen = c


print(Spelled(), Spelled(9, 8, f=7).seen, [f.name for f in fields(Spelled)])
