# slots=True: which names the remade class declares given its bases' slots,
# weakref_slot, and the state hooks a frozen slotted class gets (set even
# over the class's own).
import copy
from dataclasses import dataclass, field


def show(label, fn):
    try:
        print(label, fn())
    except (TypeError, ValueError, AttributeError) as e:
        print(label, type(e).__name__, e)


class OneSlot:
    __slots__ = 'a'


class ListSlots:
    __slots__ = ['b', '__weakref__']


class DictSlots:
    __slots__ = {'c': 'doc of c'}


@dataclass(slots=True)
class FromOne(OneSlot):
    a: int
    x: int = 0


@dataclass(slots=True, weakref_slot=True)
class FromList(ListSlots):
    b: int
    y: int = 1


@dataclass(slots=True)
class FromDict(DictSlots):
    c: int
    z: int = 2


print(FromOne.__slots__, FromOne(1), FromOne(1, 2) == FromOne(1, 2))
print(FromList.__slots__, FromList(1))
print(FromDict.__slots__, FromDict(1))


class IterSlots:
    __slots__ = iter(['d'])


def from_iter():
    @dataclass(slots=True)
    class Bad(IterSlots):
        e: int
    return Bad


show('iterator slots base', from_iter)
show('weakref without slots', lambda: dataclass(weakref_slot=True)(OneSlot))


@dataclass(slots=True, frozen=True)
class Point:
    x: int
    y: list = field(default_factory=list)


p = Point(1, [2])
print(p.__getstate__(), Point.__getstate__.__name__, Point.__setstate__.__name__)
q = copy.copy(p)
print(q, q == p, q.y is p.y)
r = copy.deepcopy(p)
print(r, r.y is p.y)
blank = object.__new__(Point)
blank.__setstate__([5, [6], 'ignored'])
print(blank)
show('frozen setattr', lambda: setattr(p, 'x', 3))


@dataclass(slots=True, frozen=True)
class OwnState:
    v: int

    def __getstate__(self):
        return {'v': self.v}

    def __setstate__(self, state):
        object.__setattr__(self, 'v', state['v'] * 10)


o = copy.copy(OwnState(2))
print(o, OwnState.__getstate__.__name__)


@dataclass(slots=True)
class Loose:
    v: int = 3


print(Loose.__slots__, Loose(), '__getstate__' in Loose.__dict__, hasattr(Loose(), '__dict__'))
show('default gone', lambda: 'v' in Loose.__dict__ and type(Loose.__dict__['v']).__name__)
