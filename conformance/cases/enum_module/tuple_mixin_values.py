# An enum mixed with tuple takes a tuple value as the tuple itself (not
# wrapped once more), and looks members up by it.
from enum import Enum


class SomeTuple(tuple, Enum):
    first = (1, 'for the money')
    third = (3, 'for the music')
    single = 5,


print(SomeTuple.third == (3, 'for the music'), tuple(SomeTuple.third), SomeTuple.third.value)
print(SomeTuple((3, 'for the music')), SomeTuple.single.value, len(SomeTuple.first))
print(isinstance(SomeTuple.first, tuple), SomeTuple.first[1], list(SomeTuple))


class Scalar(tuple, Enum):
    x = 5


print(Scalar.x.value, tuple(Scalar.x), Scalar((5,)))


class Pair(tuple, Enum):
    def __new__(cls, *args):
        obj = tuple.__new__(cls, args)
        obj._value_ = args
        return obj
    ORIGIN = (0, 0)
    UNIT = (1, 1)


print(list(Pair), Pair.UNIT[0], Pair.ORIGIN.value, Pair(((1, 1),)))
