# dir() of members with a data type mixed in lists what object.__dir__ does;
# enum classes carry CPython's bookkeeping attributes (and no _boundary_
# unless they are flags); copying a member gives the member itself.
import copy
from enum import Enum, IntEnum, StrEnum, Flag


class Color(Enum):
    RED = 1
    GREEN = 2

    def describe(self):
        return self.name


class Num(IntEnum):
    ONE = 1


class Letter(StrEnum):
    A = 'a'


class Measure(float, Enum):
    HALF = 0.5


class Perm(Flag):
    R = 4
    W = 2


class Tagged(Enum):
    PAIR = [1, 2]


for cls in (Color, Num, Letter, Measure, Perm):
    member = list(cls)[0]
    print(cls.__name__, dir(member))
    if cls is not Perm:
        print(cls.__name__, sorted(vars(cls)))
    print(copy.copy(member) is member, copy.deepcopy(member) is member)
    print(cls._use_args_, cls._unhashable_values_, hasattr(cls, '_boundary_'))
print(sorted(vars(Color.RED)))
print(Color._value_repr_, Num._value_repr_, Measure._value_repr_)
print(Tagged._unhashable_values_, Tagged([1, 2]))


class Whole(int):
    pass


class Text(str):
    pass


for bases in ((int, str), (Whole, Text)):
    try:
        class Bad(*bases, Enum):
            X = 1
    except TypeError as e:
        head, _, types = str(e).partition(': ')
        print('TypeError', head, sorted(types.strip('{}').split(', ')))
