# Permission system built on Flag/IntFlag/StrEnum with 3.11 repr/str/format rules.
from enum import Enum, Flag, IntFlag, IntEnum, StrEnum, auto, unique

class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXEC

class Mode(IntFlag):
    R = 4
    W = 2
    X = 1

class Level(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10

class Color(StrEnum):
    RED = auto()
    GREEN = "g"

class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    ALIAS_SQUARE = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.upper() in cls.__members__:
            return cls[value.upper()]
        return None

p = Perm.READ | Perm.EXEC
print(repr(p), str(p), format(p), p.name, p.value)
print(repr(Perm.RW), str(Perm.ALL), list(Perm.ALL), list(p))
print(repr(~Perm.READ), repr(Perm(0)), bool(Perm(0)), Perm.READ in Perm.RW)
print(repr(Perm.RW & ~Perm.WRITE), (Perm.ALL ^ Perm.RW).name)
print([m.name for m in Perm], len(Perm), Perm["RW"] is Perm.RW)
m = Mode.R | Mode.X
print(repr(m), str(m), f"{m}", int(m), m + 1, oct(m), repr(Mode(7)), repr(Mode(8)), repr(~Mode.R))
print(repr(Level.MID), str(Level.MID), f"{Level.HIGH:>5}|{Level.LOW:03d}", Level.MID * 2, sorted([Level.HIGH, 3, Level.LOW]))
print(repr(Color.RED), str(Color.RED), f"{Color.GREEN}", Color.RED == "red", Color("g"), Color.RED.upper())
print(Shape(2), Shape.ALIAS_SQUARE is Shape.SQUARE, list(Shape), Shape("diamond"), list(Shape.__members__))
try:
    Shape(99)
except ValueError as exc:
    print("ValueError:", exc)
try:
    Perm(64)
except ValueError as exc:
    print("ValueError:", exc)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as exc:
    print("ValueError:", exc)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.67300E-11 * self.mass / (self.radius * self.radius)

for pl in Planet:
    print(f"{pl.name:8} {pl.value} {pl.surface_gravity:.2f}")

class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    FIRST = auto()
    SECOND = auto()

print(list(Ordinal), Ordinal.SECOND.value)

users = {"ann": Perm.READ, "bob": Perm.RW, "cy": Perm.ALL, "dee": Perm(0)}
for user, perms in users.items():
    can = [f.name.lower() for f in Perm if f in perms and f.name in ("READ", "WRITE", "EXEC")]
    print(f"{user:4} {perms!s:28} {','.join(can) or '-'}")
print({Level.LOW: "l"}[1], hash(Level.LOW) == hash(1), Level(5).name, Level.__members__["HIGH"])
print(Perm.__members__.keys())
