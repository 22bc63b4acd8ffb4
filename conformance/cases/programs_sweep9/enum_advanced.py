from enum import Enum, IntFlag, StrEnum, auto, unique
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
    print(p, p.value, f"{p.surface_gravity:.2f}")
class Color(StrEnum):
    RED = auto()
    BLUE = "blue"
print(Color.RED, Color.RED.upper(), Color.RED == "red", list(Color), f"{Color.BLUE}")
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    ALIAS = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
print(Shape.ALIAS, Shape.ALIAS is Shape.SQUARE, list(Shape), list(Shape.__members__), Shape("diamond"))
try:
    Shape(7)
except ValueError as e:
    print(e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.X, Perm(7), Perm(0), Perm.R | 8, int(Perm.W | Perm.X), repr(Perm.R | Perm.W), 6 & Perm.W)
class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() * (count + 1)
    A = auto()
    B = auto()
print(Ordinal.A.value, Ordinal.B.value, Ordinal.A.name, hash(Ordinal.A) == hash(Ordinal.A))
try:
    Planet.EARTH = 1
except AttributeError as e:
    print(e)
print(Planet["EARTH"] is Planet.EARTH, Planet.EARTH in Planet, type(Planet.EARTH).__name__, repr(Shape.SQUARE))
