from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Perm(Flag):
    R = auto(); W = auto(); X = auto()
    RW = R | W
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.RW is rw, Perm.R in rw, Perm.X in rw, list(rw), ~Perm.R, bool(Perm(0)), Perm(0))
print(rw.name, Perm.X.value, len(Perm), [p.name for p in Perm])
class Num(IntEnum):
    ONE = 1; TWO = 2
print(Num.ONE + 1, Num.TWO * 2, Num(2), Num["ONE"], repr(Num.ONE), f"{Num.TWO}", str(Num.TWO), Num.ONE < 2)
class Bits(IntFlag):
    A = 1; B = 2
print(Bits.A | 4, repr(Bits.A | Bits.B), Bits(3), Bits.A & 3)
class Col(StrEnum):
    RED = auto(); BLUE = "blue!"
print(Col.RED, repr(Col.RED), Col.BLUE.upper(), Col("red"), f"{Col.BLUE}")
try:
    @unique
    class Dup(Enum):
        A = 1; B = 1
except ValueError as e:
    print("ValueError", e)
try:
    Num(3)
except ValueError as e:
    print("ValueError", e)
try:
    Num["THREE"]
except KeyError as e:
    print("KeyError", e)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
    @property
    def gravity(self): return round(6.674e-11 * self.mass / self.radius ** 2, 2)
print([(p.name, p.gravity) for p in Planet], Planet.MARS.value)
try:
    Planet.EARTH.value = 1
except AttributeError as e:
    print("AttributeError", e)
