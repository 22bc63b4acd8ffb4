# Enum members pickle by name: __reduce_ex__ gives (getattr, (cls, name)).
# A Flag combination is rebuilt with operator.or_ from the rest and its
# lowest bit's member, unknown bits joined as a plain value; a nameless
# value (no named member) by value. A data type's own __reduce_ex__ is
# replaced by Enum's unless the class defines one.
import enum
import operator


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1


class Keep(enum.IntFlag, boundary=enum.KEEP):
    A = 1
    B = 4


class Shape(enum.Flag):
    A = 1
    B = 2
    AB = 3


class Number(int, enum.Enum):
    ONE = 1


class Custom(enum.Enum):
    A = 1

    def __reduce_ex__(self, proto):
        return "custom"


class Mixin:
    def __reduce_ex__(self, proto):
        return "mixin"


class Mixed(Mixin, enum.Enum):
    A = 1


def show(member):
    func, args = member.__reduce_ex__(4)
    rebuilt = func(*args)
    print(repr(member), func.__name__, args, rebuilt is member or rebuilt == member)


for member in [Color.RED, Perm.R, Perm.R | Perm.W, Perm.R | Perm.W | Perm.X, Perm(0),
               ~Perm.R, Keep(8), Keep(9), Keep(5), Keep(0), Shape.AB, Shape.A | Shape.B,
               Shape(0), Number.ONE]:
    show(member)
print(Color.RED.__reduce_ex__(2)[0] is getattr,
      (Perm.R | Perm.W).__reduce_ex__(2)[0] is operator.or_)
print(Custom.A.__reduce_ex__(4), Mixed.A.__reduce_ex__(4))
print("__reduce_ex__" in Number.__dict__, "__reduce_ex__" in Color.__dict__)
