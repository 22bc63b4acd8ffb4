from enum import Enum, IntEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias

print(list(Color), len(Color))
print(Color.CRIMSON, Color.CRIMSON is Color.RED, repr(Color.CRIMSON))
print(Color(2), Color["BLUE"], Color.RED.name, Color.RED.value)
print(list(Color.__members__))
print(f"{Color.RED}", f"{Color.RED!r}", "{:>10}|".format(Color.GREEN), str(Color.BLUE))
for bad in (7, "RED"):
    try:
        Color(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError", e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    Color.NEW = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)

class Prio(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()
print(list(Prio), Prio.HIGH > Prio.LOW, Prio.MID + 1, Prio.MID == 2)
print(f"{Prio.HIGH}", str(Prio.HIGH), repr(Prio.HIGH), format(Prio.LOW, "03d"), "%s %d" % (Prio.MID, Prio.MID))
print(sorted([Prio.HIGH, 0, Prio.LOW]), max(Prio))

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
rw = Perm.R | Perm.W
print(rw, repr(rw), rw is Perm.RW, Perm.R in rw, Perm.X in rw)
print(Perm.R | Perm.X, repr(Perm.R | Perm.X), ~Perm.R, Perm(0), repr(Perm(0)), bool(Perm(0)))
print(list(Perm), [m.name for m in (Perm.R | Perm.X)], len(Perm.R | Perm.W | Perm.X))
print(Perm(7), Perm.RW & Perm.W, Perm.RW ^ Perm.R)
try:
    Perm(8)
except ValueError as e:
    print("ValueError", e)

class Bits(IntFlag):
    A = 1
    B = 2
    C = 4
print(Bits.A | Bits.B, repr(Bits.A | 8), Bits.A | 2, Bits(3) + 1, Bits.C & 5, format(Bits.B | Bits.C, "d"))
print(str(Bits(0)), repr(Bits(0)), ~Bits.A)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
for p in Planet:
    print(f"{p.name:8} {p.value} {p.surface_gravity:.3f}")

class Shape(str, Enum):
    CIRCLE = "circle"
    SQUARE = "square"
print(Shape.CIRCLE == "circle", Shape("square"), f"{Shape.CIRCLE}", Shape.CIRCLE.upper(), repr(Shape.SQUARE))

class Lower(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    X = auto()
    Y = auto()
print([m.value for m in Lower])
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
Animal2 = Enum("Animal2", [("DOG", 10), ("EEL", 20)])
print(Animal2(20), Animal2.DOG < Animal2.EEL if False else "skip")
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError", e)
print({Color.RED: "r"}[Color.CRIMSON], Color.RED in Color, hash(Color.RED) == hash(Color.CRIMSON))
class Status(Enum):
    ACTIVE = "active"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
print(Status("ACTIVE"))
try:
    Status(3)
except ValueError as e:
    print("ValueError", e)
