# IntEnum, StrEnum, mixed-in data types, Flag and IntFlag.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(Priority.LOW, repr(Priority.LOW), f"{Priority.HIGH}", Priority.HIGH + 1)
print(Priority.LOW < Priority.HIGH, Priority(2), Priority.MEDIUM == 2, sorted([3, Priority.LOW, 2]))
print(int(Priority.HIGH), isinstance(Priority.LOW, int), ["a", "b", "c", "d"][Priority.MEDIUM])


class Mode(str, Enum):
    READ = "r"
    WRITE = "w"


print(Mode.READ, repr(Mode.READ), Mode.READ == "r", Mode("w"), Mode.READ.upper())


class Fruit(StrEnum):
    APPLE = auto()
    BANANA = "yellow banana"


print(Fruit.APPLE, repr(Fruit.APPLE), f"{Fruit.BANANA}", Fruit.APPLE + "!", Fruit("apple"))


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), len(rw))
print(bool(Perm(0)), repr(Perm(0)), repr(~Perm.R), repr(rw & Perm.W), repr(rw ^ Perm.R))
print(Perm(7), Perm.R.value, [p.name for p in Perm], len(Perm))


class Color(Flag):
    RED = 1
    GREEN = 2
    BLUE = 4
    WHITE = 7


print(list(Color), Color.WHITE, repr(Color.RED | Color.GREEN | Color.BLUE))


class Access(IntFlag):
    R = 4
    W = 2
    X = 1


print(Access.R | Access.W, repr(Access.R | Access.W), Access.R + 1, Access(6) == 6)
print(repr(Access(0)), Access.R & 4, isinstance(Access.R | Access.X, Access))
