from enum import Enum, IntEnum, IntFlag, Flag, StrEnum, auto
class P(IntEnum):
    LOW = 1
    HIGH = 2
class C(Enum):
    RED = "r"
class S(StrEnum):
    A = "alpha"
class M(str, Enum):
    X = "ex"
class F(IntFlag):
    A = 1
    B = 2
print(f"{P.LOW}|{P.LOW:>5}|{P.LOW:d}|{P.HIGH!r}|{P.LOW!s}", format(P.HIGH, "03d"), str(P.LOW), "%s %d" % (P.LOW, P.HIGH))
print(f"{C.RED}|{C.RED!r}|{C.RED:>10}|", str(C.RED), format(C.RED))
print(f"{S.A}|{S.A:>8}|{S.A!r}", S.A + "!", S.A.upper())
print(f"{M.X}|{M.X:>6}|{M.X!r}", str(M.X), M.X == "ex", M.X.value)
print(f"{F.A | F.B}|{F.A:>4}|{F(3)!r}", str(F.A | F.B), F(0), repr(F(0)), F(4) if False else "")
try:
    F(8)
except ValueError as e:
    print(e)
print(list(F), F.A in F(3), ~F.A, F.A ^ F.B)
class Color(Flag):
    R = auto()
    G = auto()
    B = auto()
    W = R | G | B
print(list(Color), Color.W, repr(Color.R | Color.G), Color(0), ~Color.R, Color.W.name, (Color.R | Color.G).name)
print(len(Color), Color(7), Color["W"], [m.name for m in Color.W])
