from enum import Enum, IntFlag, auto, StrEnum


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


for p in Planet:
    print(p.name, p.value, round(p.gravity, 2))


class Color(StrEnum):
    RED = auto()
    BLUE = "blue"


print(Color.RED, repr(Color.RED), Color.RED == "red", Color("blue"), f"{Color.BLUE}!", Color.RED.upper())


class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


m = Mode.READ | Mode.WRITE
print(m, int(m), Mode(7), Mode.READ & 6, m ^ Mode.READ, ~Mode.READ, repr(Mode(0)))


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Shape.ALIAS is Shape.SQUARE, list(Shape), Shape("circle"), Shape.__members__.keys())
try:
    Shape(99)
except ValueError as e:
    print("ValueError", e)
print(sorted(Shape, key=lambda s: s.value), Shape.SQUARE.__class__.__name__, isinstance(Shape.CIRCLE, Shape))
