# The argument errors of a dataclass's generated __init__, called bound,
# unbound and with every kind of field, as CPython's exec-made function.
from dataclasses import dataclass, field, InitVar, KW_ONLY


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)


@dataclass
class Plain:
    a: int
    b: int


@dataclass
class Empty:
    pass


@dataclass(kw_only=True)
class Kw:
    a: int
    b: int = 2


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3


@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 1
    total: int = field(init=False, default=0)

    def __post_init__(self, scale):
        self.total = self.a * scale


@dataclass
class NoInitField:
    a: int
    b: int = field(init=False)


def show(label, call):
    try:
        r = call()
        print(label, 'ok', r)
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)


show('unbound0', lambda: Item.__init__())
show('unbound1', lambda: Item.__init__(Item('x')))
show('unbound_kw', lambda: Item.__init__(name='x'))
show('item0', lambda: Item())
show('item4', lambda: Item(1, 2, 3, 4))
show('item_kw', lambda: Item('a', colour=1))
show('item_dup', lambda: Item('a', name='b'))
show('item_self', lambda: Item('a', self=1))
show('plain0', lambda: Plain())
show('plain1', lambda: Plain(1))
show('plain_kwb', lambda: Plain(b=1))
show('plain3', lambda: Plain(1, 2, 3))
show('plain_unb', lambda: Plain.__init__())
show('empty1', lambda: Empty(1))
show('empty_kw', lambda: Empty(x=1))
show('empty_unb', lambda: Empty.__init__())
show('kw0', lambda: Kw())
show('kw_pos', lambda: Kw(1))
show('kw_pos2', lambda: Kw(1, 2))
show('kw_ok', lambda: Kw(a=1))
show('kw_unb', lambda: Kw.__init__())
show('mixed0', lambda: Mixed())
show('mixed1', lambda: Mixed(1))
show('mixed2', lambda: Mixed(1, 2))
show('mixed_ok', lambda: Mixed(1, b=2))
show('mixed_unb', lambda: Mixed.__init__(Mixed(1, b=2)))
show('init0', lambda: WithInit())
show('init_ok', lambda: WithInit(2, 3))
show('init_kw', lambda: WithInit(2, scale=5))
show('init_total', lambda: WithInit(2, 3, 4))
show('init_totalkw', lambda: WithInit(2, total=4))
show('noinit', lambda: NoInitField(1, 2))
show('noinit_kw', lambda: NoInitField(1, b=2))
show('unb_wrong', lambda: Plain.__init__(5, 1, 2))
print(Item.__init__.__qualname__, Item.__init__.__name__)


@dataclass
class Selfish:
    self: int
    other: int = 0


show('selfish0', lambda: Selfish())
show('selfish_kw', lambda: Selfish(self=3))
show('selfish_unb', lambda: Selfish.__init__())
show('selfish_dup', lambda: Selfish(1, self=2))
show('selfish_dsn', lambda: Selfish(1, __dataclass_self__=2))
show('plain_kw_self', lambda: Plain.__init__(self=Plain(1, 2), a=5, b=6))
obj = Plain(1, 2)
Plain.__init__(self=obj, a=7, b=8)
print(obj)
show('plain_order', lambda: Plain(1, 2, 3, c=4))
show('plain_order2', lambda: Plain(1, 2, 3, a=4))
show('kw_many', lambda: Kw(1, 2, a=3))
show('mixed_many', lambda: Mixed(1, 2, b=3, d=4))
show('init_unb', lambda: WithInit.__init__())
show('init_self', lambda: WithInit(1, self=2))
show('empty_self', lambda: Empty(self=1))
show('empty_unb_self', lambda: Empty.__init__(self=Empty()))
show('mixed_kwonly2', lambda: Mixed(1, 2, b=3, c=4))
show('mixed_kwonly1', lambda: Mixed(1, 2, 3, c=4))
show('kw_kwonly2', lambda: Kw(1, a=2, b=3))
