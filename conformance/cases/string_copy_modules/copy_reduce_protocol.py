# copy and deepcopy rebuild an object from the __reduce_ex__ or __reduce__
# its class defines (state, list items, dict items), honour a string
# reduction, pass __getnewargs__/__getnewargs_ex__ to __new__, and copy
# the library types that reduce themselves.
import copy
import decimal
from datetime import date, timedelta, timezone


class Point:
    def __init__(self, xy):
        self.xy = xy

    def __reduce__(self):
        return (Point, (self.xy,), {'note': ['n']})


p = Point([1, 2])
shallow, deep = copy.copy(p), copy.deepcopy(p)
print(shallow.xy is p.xy, shallow.note is deep.note, deep.xy == p.xy, deep.xy is p.xy)


class Proto:
    def __reduce_ex__(self, protocol):
        return (Proto, (), None)

    def __reduce__(self):
        raise AssertionError('__reduce_ex__ comes first')


print(type(copy.copy(Proto())).__name__, type(copy.deepcopy(Proto())).__name__)


class Named:
    def __reduce__(self):
        return 'Named'


n = Named()
print(copy.copy(n) is n, copy.deepcopy(n) is n)


class Slotted:
    __slots__ = ('a',)

    def __init__(self, a):
        self.a = a

    def __reduce__(self):
        return (Slotted, (0,), (None, {'a': self.a}))


print(copy.copy(Slotted(5)).a, copy.deepcopy(Slotted([6])).a)


class Stateful:
    def __reduce__(self):
        return (Stateful, (), {'x': 1})

    def __setstate__(self, state):
        self.seen = sorted(state)


print(copy.copy(Stateful()).seen)


class Bag(list):
    def __reduce__(self):
        return (Bag, (), None, iter(self), None)


class Table(dict):
    def __reduce__(self):
        return (Table, (), None, None, iter(self.items()))


bag = Bag([[1], 2])
bag2 = copy.deepcopy(bag)
print(type(bag2).__name__, bag2, bag2[0] is bag[0], copy.copy(bag)[0] is bag[0])
table = Table(k=[1])
print(type(copy.copy(table)).__name__, copy.deepcopy(table), copy.deepcopy(table)['k'] is table['k'])


class Cycle:
    def __reduce__(self):
        return (Cycle, (), {'me': self})


c = Cycle()
c.me = c
c2 = copy.deepcopy(c)
print(c2.me is c2, c2 is not c)


class NewArgs:
    def __new__(cls, foo):
        self = super().__new__(cls)
        self.foo = foo
        return self

    def __getnewargs__(self):
        return (self.foo,)


class NewArgsEx:
    def __new__(cls, *, foo):
        self = super().__new__(cls)
        self.foo = foo
        return self

    def __getnewargs_ex__(self):
        return ((), {'foo': self.foo})


print(copy.copy(NewArgs(1)).foo, copy.deepcopy(NewArgs([2])).foo)
print(copy.copy(NewArgsEx(foo=3)).foo, copy.deepcopy(NewArgsEx(foo=4)).foo)


class Refuses:
    def __reduce_ex__(self, protocol):
        raise copy.Error('not copyable')


for fn in (copy.copy, copy.deepcopy):
    try:
        fn(Refuses())
    except copy.Error as e:
        print('Error', e)


class TooLong:
    def __reduce__(self):
        return (TooLong, (), None, None, None, None)


try:
    copy.copy(TooLong())
except TypeError:
    print('TypeError for a 6-tuple')

print(copy.copy(timezone.utc) is timezone.utc, copy.deepcopy(timezone.utc) is timezone.utc)
print(repr(copy.deepcopy(timezone(timedelta(hours=-3), 'BRT'))), timezone.utc.__reduce__())
iso = date(2021, 3, 4).isocalendar()
print(type(copy.copy(iso)).__name__, copy.copy(iso) == iso)
ctx = decimal.Context(prec=6, traps=[decimal.Overflow, decimal.DivisionByZero])
ctx.flags[decimal.Inexact] = True
print(ctx.__reduce__())
print(copy.deepcopy(ctx))
