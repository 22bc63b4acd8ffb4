import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, member, nonmember, ReprEnum, EnumCheck, FlagBoundary, STRICT, CONFORM, EJECT, KEEP

class Color(StrEnum):
    RED = auto()
    GREEN = "green"
print(list(Color), Color.RED, repr(Color.RED), Color.RED == "red", Color.RED.upper(), f"{Color.GREEN}", "{}".format(Color.RED), Color("red"))
class Http(IntEnum):
    OK = 200
    NOT_FOUND = 404
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.isdigit():
            return cls(int(value))
        return None
print(Http("404"), Http(200), repr(Http.OK), str(Http.OK), f"{Http.OK:>6}", Http.OK + 1, format(Http.OK, "x"))
try:
    Http(500)
except ValueError as e:
    print("ValueError", e)
try:
    Http("x")
except ValueError as e:
    print("ValueError", e)
class Opt(Enum):
    A = 1
    B = 2
    helper = nonmember(42)
    @member
    def fn():
        return "called"
print([m.name for m in Opt], Opt.helper, Opt.fn.value(), len(Opt))
class Shape(Enum):
    _ignore_ = ["tmp"]
    SQUARE = 4
    tmp = 9
    CIRCLE = 0
print(list(Shape), hasattr(Shape, "tmp"))
try:
    @verify(UNIQUE)
    class V(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
try:
    @verify(CONTINUOUS)
    class V2(IntEnum):
        A = 1
        C = 3
except ValueError as e:
    print("ValueError", e)
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm(7), repr(Perm(7)), Perm.R | Perm.X, repr(Perm(0)), Perm(8) if True else None, repr(Perm(12)), list(Perm(7)), len(Perm(6)))
print(~Perm.R, repr(~Perm.R), Perm.R | 1, repr(Perm.R ^ 5), str(Perm.R), format(Perm.R | Perm.W), int(~Perm(0)))
class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2
try:
    Strict(5)
except ValueError as e:
    print("ValueError", e)
class Conf(Flag, boundary=CONFORM):
    A = 1
    B = 2
print(Conf(7), repr(Conf(4)))
class Ej(Flag, boundary=EJECT):
    A = 1
print(Ej(3), type(Ej(3)).__name__, Ej(1))
class Cf(Flag):
    A = 1
    B = 2
    C = 4
    AB = 3
    ALL = 7
print(list(Cf), list(Cf.ALL), Cf.AB, repr(Cf(6)), Cf.A in Cf.AB, Cf(0), Cf.ALL & ~Cf.B, Cf.__members__.keys())
print(Cf.A.name, Cf(6).name, Cf(0).name, Cf.A.value, bool(Cf(0)))
class Ord(Enum):
    def __lt__(self, o):
        return self.value < o.value
    X = 2
    Y = 1
print(sorted(Ord), max(Ord))
print(dir(Ord.X)[:0], Ord.X in Ord, Ord._member_map_.keys() if hasattr(Ord, "_member_map_") else "", Ord._member_names_)
class Num(Enum):
    ONE = 1
    UNO = 1
    TWO = 2
print(list(Num), Num.UNO, Num(1), list(Num.__members__.items())[1][1].name)
try:
    class Ext(Num):
        THREE = 3
except TypeError as e:
    print("TypeError", e)
print(Num.ONE.__class__.__name__, type(Num).__name__, isinstance(Num.ONE, Enum), Num.ONE._name_, hash(Num.ONE) == hash(Num.UNO))
Dyn = IntEnum("Dyn", {"a": 5, "b": 6})
print(Dyn.a, repr(Dyn.b), Dyn(6).name, list(Dyn))
try:
    Enum("E", "A B", start=0)
    print(list(Enum("E", "A B", start=0)))
except TypeError as e:
    print("TypeError", e)
class Weekday(Enum):
    MON = 1; TUE = 2
    @property
    def is_start(self):
        return self is Weekday.MON
print(Weekday.MON.is_start, Weekday(2).is_start, repr(Weekday), str(Weekday.TUE))
print(enum.unique(Weekday) is Weekday, Http.OK.real, Color.RED.value, Color._value2member_map_["green"])
