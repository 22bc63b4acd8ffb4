# _ignore_, reserved _sunder_ names, private names, nonmember/member and
# dunder names in an enum body.
from enum import Enum, IntEnum, member, nonmember


class Period(IntEnum):
    _ignore_ = 'Period i'
    Period = []
    for i in range(3):
        Period.append(i)
    day_0 = Period[0]
    day_1 = Period[1]


print(list(Period), hasattr(Period, '_ignore_'), hasattr(Period, 'i'), hasattr(Period, 'Period'))


class Listed(Enum):
    _ignore_ = ['tmp']
    tmp = 5
    A = tmp + 1


print(list(Listed), hasattr(Listed, 'tmp'))

for name in ('_reserved_', '_value_', '_name_', '_member_map_', '_x_'):
    try:
        if name == '_reserved_':
            class E(Enum):
                _reserved_ = 1
        elif name == '_value_':
            class E(Enum):
                _value_ = 1
        elif name == '_name_':
            class E(Enum):
                _name_ = 'n'
        elif name == '_member_map_':
            class E(Enum):
                _member_map_ = {}
        else:
            class E(Enum):
                _x_ = 2
        print(name, 'accepted')
    except ValueError as e:
        print('ValueError', e)

try:
    class Already(Enum):
        A = 1
        _ignore_ = ['A']
except ValueError as e:
    print('ValueError', e)


class Allowed(Enum):
    _order_ = 'A B'
    A = 1
    B = 2

    @classmethod
    def _missing_(cls, value):
        return cls.A


print(list(Allowed), Allowed(99), hasattr(Allowed, '_order_'))

try:
    class BadOrder(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
except TypeError as e:
    print('TypeError', e)


class Private(Enum):
    __secret = 1
    PUBLIC = 2


print(list(Private), Private._Private__secret)


class Wrapped(Enum):
    A = 1
    B = nonmember(2)
    C = member(lambda: 3)
    __doc__ = 'documented'


print([m.name for m in Wrapped], Wrapped.B, Wrapped.C.value(), Wrapped.__doc__)

for bad in ('mro', ''):
    try:
        Enum('Bad', [(bad, 1)])
    except ValueError as e:
        print('ValueError', e)
