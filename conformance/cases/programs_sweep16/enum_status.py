from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
import enum

class Status(Enum):
    PENDING = "pending"
    ACTIVE = "active"
    DONE = "done"
    FINISHED = "done"

print(list(Status), len(Status), Status.FINISHED, Status.FINISHED is Status.DONE)
print(Status("active"), Status["PENDING"], Status.DONE.name, Status.DONE.value)
print(repr(Status.ACTIVE), str(Status.ACTIVE), f"{Status.ACTIVE}", format(Status.ACTIVE, ""))
print(list(Status.__members__), Status.__members__["FINISHED"])
try:
    Status("nope")
except ValueError as e:
    print("ValueError", e)
try:
    Status["nope"]
except KeyError as e:
    print("KeyError", e)

class Priority(IntEnum):
    LOW = auto()
    MED = auto()
    HIGH = auto()
print(list(Priority), Priority.HIGH > Priority.LOW, Priority.MED + 1, Priority(2), sorted([Priority.HIGH, 1]))
print(str(Priority.LOW), repr(Priority.LOW), f"{Priority.LOW}", f"{Priority.LOW:>5}", Priority.LOW == 1)

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
rw = Perm.R | Perm.W
print(rw, repr(rw), rw is Perm.RW, Perm.R in rw, Perm.X in rw, bool(Perm(0)), repr(Perm(0)))
print(list(Perm), [m.name for m in Perm.RW], ~Perm.R, Perm.R ^ Perm.RW)
print(Perm(7), repr(Perm(7)))

class Mode(IntFlag):
    A = 1
    B = 2
    C = 4
print(Mode.A | Mode.C, repr(Mode.A | 8), Mode(3) & 1, int(Mode.C | Mode.B), Mode.A | 2)

class Color(Enum):
    RED = 1
    GREEN = 2
    def describe(self):
        return f"{self.name.lower()}#{self.value}"
    @classmethod
    def parse(cls, s):
        return cls[s.upper()]
print(Color.parse("red").describe(), Color.RED < Color.GREEN if False else "no-order")
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(round(Planet.EARTH.gravity, 3), Planet.MERCURY.value)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
Shape = Enum("Shape", [("SQ", 4), ("TRI", 3)])
print(Shape(3), Shape.SQ.value)
class StrE(str, Enum):
    A = "a"
print(StrE.A == "a", StrE.A.upper(), f"{StrE.A}", str(StrE.A), json_like := [StrE.A.value])
class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    X = auto()
    Y = auto()
print(list(Auto), Auto.Y.value)
print({Status.DONE: 1}[Status.FINISHED], Status.DONE in Status, isinstance(Status.DONE, Status))
print(Priority.__members__.keys(), enum.Enum.__name__)
