import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, member, nonmember, property as eprop, FlagBoundary, STRICT, CONFORM, EJECT, KEEP
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(str(Num.ONE), repr(Num.ONE), f"{Num.ONE}", format(Num.TWO, "03d"), Num.ONE + Num.TWO, Num(2), Num.TWO.name, [n for n in Num], Num.ONE == 1)
class S(StrEnum):
    A = auto()
    B = "bee"
print(str(S.A), repr(S.B), S.A + "x", S("bee"), S.B.value, sorted(S), "a" in S.__members__)
class Col(Flag, boundary=STRICT):
    R = 1
    G = 2
    B = 4
try:
    Col(8)
except ValueError as e:
    print(e)
class Loose(IntFlag, boundary=KEEP):
    A = 1
    B = 2
print(Loose(7), repr(Loose(7)), Loose(3), Loose.A | 4, list(Loose(3)), Loose(0))
class Ej(Flag, boundary=EJECT):
    X = 1
print(Ej(3), type(Ej(3)).__name__, Ej(1))
class Con(Flag, boundary=CONFORM):
    P = 1
    Q = 2
print(Con(7), repr(Con(5)))
print(repr(Col.R | Col.G), str(Col.R | Col.B), Col(0), repr(Col(0)), ~Col.R, Col.R in (Col.R | Col.G), len(Col.R | Col.G), bool(Col(0)))
try:
    @verify(UNIQUE)
    class U(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
try:
    @verify(CONTINUOUS)
    class Cn(IntEnum):
        A = 1
        C = 3
except ValueError as e:
    print(e)
class Mixed(Enum):
    a = 1
    helper = nonmember(10)
    @member
    def fn(x): return x
    _ignore_ = ["tmp"]
    tmp = 5
print([m.name for m in Mixed], Mixed.helper, Mixed.fn.value(3) if callable(Mixed.fn.value) else Mixed.fn, hasattr(Mixed, "tmp"))
class Http(IntEnum):
    OK = 200
    NOT_FOUND = 404
    @classmethod
    def _missing_(cls, v):
        return cls.NOT_FOUND
    @property
    def ok(self): return self < 400
print(Http(999), Http(200).ok, Http.NOT_FOUND.ok, Http.OK.value, Http["OK"], list(Http.__members__.items())[0])
class Planet(Enum):
    EARTH = 1
    def __str__(self): return self.name.title()
print(Planet.EARTH, f"{Planet.EARTH}", repr(Planet.EARTH), format(Planet.EARTH))
E2 = Enum("E2", "A B C", start=10)
E3 = Enum("E3", [("X", "x"), ("Y", "y")])
E4 = IntEnum("E4", {"P": 5, "Q": 6})
print(list(E2), E2.B.value, E3.Y, E3("x"), E4.Q + 1, E2.__name__, repr(E2.C))
try:
    class Ext(Num):
        THREE = 3
except TypeError as e:
    print(e)
try:
    Num.ONE.value = 5
except AttributeError as e:
    print(e)
try:
    del Num.ONE
except AttributeError as e:
    print(e)
print(enum.unique(Num) is Num, Num.__members__.keys(), type(Num.__members__).__name__, dir(Num.ONE)[:3] if False else "")
