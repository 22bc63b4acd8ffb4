# auto() takes its value when it is bound, from the values bound before it
# (explicit ones included), so expressions of earlier members work in the
# body and a later explicit value does not change an earlier auto().
import warnings
from enum import Enum, Flag, IntFlag, StrEnum, auto


class Color(Enum):
    RED = auto()
    GREEN = 10
    BLUE = auto()
    CYAN = auto()
    print('in body:', RED, GREEN, BLUE, CYAN)


print([(m.name, m.value) for m in Color])


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
    ALL = R | W | X
    print('flag body:', R, W, X, RW, ALL)


print(list(Perm), Perm.RW, Perm.ALL, Perm(3))


class Bits(IntFlag):
    A = 4
    B = auto()
    C = auto()


print([(m.name, m.value) for m in Bits])


class Mode(StrEnum):
    FAST = auto()
    Slow = auto()
    EXPLICIT = 'x'
    LAST = auto()


print([(m.name, m.value) for m in Mode])


class Tup(Enum):
    A = (auto(), 'a')
    B = (auto(), 'b')
    C = [auto()]


print([(m.name, m.value[0] if isinstance(m.value, tuple) else type(m.value[0]).__name__)
       for m in Tup])


class Own(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return '%s-%d-%d-%r' % (name, start, count, last_values)

    ONE = auto()
    TWO = 'two'
    THREE = auto()


print([m.value for m in Own])

# A value smaller than one before it: 3.11 warns and counts from the
# smallest value.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')

    class Down(Enum):
        A = 5
        B = 1
        C = auto()

print([(m.name, m.value) for m in Down])
for w in caught:
    print(w.category.__name__, str(w.message).splitlines()[0])

try:
    class Late(Enum):
        A = auto()

        def _generate_next_value_(name, start, count, last_values):
            return 0
except TypeError as e:
    print('TypeError', e)

print(repr(auto()), repr(auto(3)))
