# StrEnum, IntEnum with __str__, _generate_next_value_, IntFlag/Flag pseudo-members, _missing_.
import enum
from enum import Enum, StrEnum, IntFlag, Flag, auto, IntEnum
class Method(StrEnum):
    GET = auto(); POST = auto()
print(Method.GET, repr(Method.POST), f"{Method.GET}", Method.GET == "get", Method.GET.upper(), "x" + Method.POST, format(Method.GET, ">6"), list(Method))
class Level(IntEnum):
    LOW = 1; HIGH = 3
    def __str__(self): return f"Level<{self.name}>"
print(Level.LOW, f"{Level.LOW}", format(Level.HIGH, "03d"), "%s %d" % (Level.LOW, Level.HIGH), str(Level.HIGH), repr(Level.HIGH))
class Ord(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    A = auto(); B = auto()
print(list(Ord), Ord.A.value, Ord("b1"))
class Perm(IntFlag):
    R = 4; W = 2; X = 1
print(Perm(7), repr(Perm(7)), Perm(0), repr(Perm(0)), Perm(9) if False else Perm.R | 8, repr(Perm.R | 8), ~Perm.R, Perm.R ^ Perm.W, list(Perm(6)), Perm(6).name)
class Color(Flag):
    RED = auto(); GREEN = auto(); BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(Color.WHITE, repr(Color.RED | Color.BLUE), Color(0), (Color.RED | Color.BLUE).name, ~Color.RED, list(Color), Color.WHITE.value, len(Color.WHITE) if hasattr(Color.WHITE, "__len__") else "")
try:
    Color(16)
except ValueError as e:
    print("ValueError:", e)
class Http(IntEnum):
    OK = 200
    @classmethod
    def _missing_(cls, v):
        return cls.OK if v < 300 else None
print(Http(250), Http(200) is Http.OK)
try:
    Http(404)
except ValueError as e:
    print("ValueError:", e)
class Mixed(str, Enum):
    A = "alpha"
print(Mixed.A, repr(Mixed.A), f"{Mixed.A}", Mixed.A.value, Mixed.A == "alpha", Mixed("alpha"))
print(Color.RED.__class__.__name__, Color.__members__["RED"], type(Color.__members__).__name__, [m for m in Color.__members__])
print(Method.__name__, Perm.__qualname__, isinstance(Perm.R, int), Perm.R + 1, Perm.R in Perm(5))
try:
    class Ext(Level):
        MID = 2
except TypeError as e:
    print("TypeError:", e)
class Base(Enum):
    def describe(self): return f"{self.name}={self.value}"
class Child(Base):
    X = 1
print(Child.X.describe(), Child(1), Child.X < Child.X if False else "no order")
try:
    Child.X < Child.X
except TypeError as e:
    print("TypeError:", e)
