# replace(): which fields carry over, which may not be given, and the
# InitVar rules; ClassVars are never consulted.
from dataclasses import InitVar, dataclass, field, replace
from typing import ClassVar
import traceback


def show(label, fn):
    try:
        print(label, fn())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


@dataclass
class Account:
    owner: str
    balance: int = 0
    rate: InitVar[float] = 1.0
    history: list = field(default_factory=list, init=False)
    limit: ClassVar[int] = 100

    def __post_init__(self, rate):
        self.history.append(rate)


a = Account('ann', 5, 2.0)
show('plain', lambda: replace(a, balance=7))
show('history kept?', lambda: replace(a).history)
show('init=False given', lambda: replace(a, history=[1]))
show('classvar given', lambda: replace(a, limit=3))
show('unknown', lambda: replace(a, colour='red'))
show('not instance', lambda: replace(Account, owner='x'))
show('positional', lambda: replace(a, 'x'))


@dataclass
class Needs:
    x: int
    factor: InitVar[int]
    tag: ClassVar[str] = field(default='t', init=False)

    def __post_init__(self, factor):
        self.x *= factor


n = Needs(2, 3)
show('initvar missing', lambda: replace(n))
show('initvar given', lambda: replace(n, factor=10))
show('classvar init=False given', lambda: replace(n, factor=1, tag='q'))


@dataclass
class Hidden:
    v: int
    w: InitVar[int] = field(default=4, init=False)
    z: int = field(default=9, init=False)

    def __post_init__(self, w=None):
        print('post_init', w)


# CPython's generated __init__ passes `w` to __post_init__, a name it
# then looks up as a global: there is none.
try:
    Hidden(1)
except NameError as e:
    print('NameError', e, e.name, traceback.extract_tb(e.__traceback__)[-1][:3])


@dataclass
class HiddenNoPost:
    v: int
    w: InitVar[int] = field(default=4, init=False)
    z: int = field(default=9, init=False)


h = HiddenNoPost(1)
show('initvar init=False', lambda: replace(h, v=2))
show('initvar init=False given', lambda: replace(h, w=5))
show('z given', lambda: replace(h, z=1))


@dataclass(frozen=True)
class HiddenFrozen:
    v: int
    k: list = field(default_factory=list, init=False)
    w: InitVar[int] = field(default=4, init=False)

    def __post_init__(self, w):
        print('never')


try:
    HiddenFrozen(v=1)
except NameError as e:
    print('NameError', e, traceback.extract_tb(e.__traceback__)[-1][:3])


@dataclass(frozen=True)
class Frozen:
    a: int
    b: tuple = ()


fr = Frozen(1, (2,))
show('frozen', lambda: replace(fr, a=3))
show('frozen same', lambda: replace(fr) == fr and replace(fr) is not fr)
