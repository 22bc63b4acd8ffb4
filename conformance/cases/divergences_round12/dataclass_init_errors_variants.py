# The generated __init__'s argument errors for frozen, slots, kw_only and
# inherited dataclasses, with InitVar and factories, as CPython's.
from dataclasses import dataclass, field, InitVar, KW_ONLY


def show(label, call):
    try:
        print(label, 'ok', call())
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)


@dataclass(frozen=True)
class Frozen:
    a: int
    b: list = field(default_factory=list)


@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2


@dataclass
class Base:
    a: int
    b: int = 0


@dataclass
class Child(Base):
    c: int = 1
    _: KW_ONLY
    d: int
    e: int = 5


@dataclass
class Iv:
    a: int
    factor: InitVar[int]
    scaled: int = field(init=False)

    def __post_init__(self, factor):
        self.scaled = self.a * factor


show('frozen0', lambda: Frozen())
show('frozen_ok', lambda: Frozen(1))
show('frozen_many', lambda: Frozen(1, [], 3))
show('frozen_unb', lambda: Frozen.__init__())
show('frozen_kw', lambda: Frozen(a=1, c=2))
show('slotted0', lambda: Slotted())
show('slotted_unb', lambda: Slotted.__init__())
show('slotted_dup', lambda: Slotted(1, a=2))
show('child0', lambda: Child())
show('child1', lambda: Child(1))
show('child_ok', lambda: Child(1, d=4))
show('child_many', lambda: Child(1, 2, 3, 4))
show('child_many_kw', lambda: Child(1, 2, 3, 4, d=1))
show('child_unb', lambda: Child.__init__())
show('child_unb_kw', lambda: Child.__init__(a=1, d=2))
show('iv0', lambda: Iv())
show('iv1', lambda: Iv(1))
show('iv_ok', lambda: Iv(2, 5))
show('iv_kw', lambda: Iv(2, factor=3, scaled=1))
show('iv_unb', lambda: Iv.__init__())
