try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
except Exception as e:
    print(repr(e), [repr(x) for x in e.exceptions], repr(e.exceptions[0].__context__))
from enum import StrEnum, IntFlag, ReprEnum, auto
class S(StrEnum):
    A = auto()
    B = "bee"
print(S.A, format(S.B), f"{S.A!r}", S.A == "a", S("bee"), sorted(S), S.B.value)
class F(IntFlag):
    X = 1
    Y = 2
print(F.X | F.Y, format(F.X | F.Y), str(F(0)), repr(F(0)), F(7), repr(F(7)), list(F(3)))
from enum import Enum
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(Shape.ALIAS_FOR_SQUARE, Shape(2), list(Shape), len(Shape), Shape.__members__["ALIAS_FOR_SQUARE"], Shape.SQUARE.name)
from enum import Enum
E = Enum("E", "a b c", start=0)
print(list(E), E.b.value, Enum("X", [("p", 5)]).p, Enum("Y", {"q": 7}).q.value)
