# dir() of enum classes and members, as CPython 3.11's EnumType.__dir__ and
# Enum.__dir__ list them.
from enum import Enum, IntEnum, Flag, StrEnum, auto

class Color(Enum):
    RED = 1
    GREEN = 2
    def describe(self):
        return self.name.lower()
    @property
    def pretty(self):
        return self.name.title()
    @classmethod
    def default(cls):
        return cls.RED

class Shade(Enum):
    DARK = auto()

class Num(IntEnum):
    ONE = 1
    TWO = 2

class Perm(Flag):
    R = 4
    W = 2

class Letter(StrEnum):
    A = "a"

class WithInit(Enum):
    A = (1, 2)
    def __init__(self, a, b):
        self.total = a + b

class Mixin:
    def shout(self):
        return self.name.upper()

class Loud(Mixin, Enum):
    QUIET = 0

class Custom(Enum):
    def __new__(cls, value):
        obj = object.__new__(cls)
        obj._value_ = value * 2
        return obj
    X = 1

print(dir(Color))
print(dir(Color.RED))
print(dir(Shade), dir(Shade.DARK))
print(dir(Perm))
print(dir(Perm.R))
print(dir(Num) == sorted(set(dir(int)) | set(dir(Perm)) - {"R", "W"} | {"ONE", "TWO"}))
print([n for n in dir(Num) if not n.startswith("__")])
print([n for n in dir(Letter) if not n.startswith("__")][:6], len(dir(Letter)))
print(dir(WithInit.A))
print(dir(Loud), dir(Loud.QUIET))
print(dir(Custom), dir(Custom.X))
