# Enums with methods, properties, tuple values unpacked into __init__,
# aliases, auto(), _generate_next_value_ and _missing_.
from enum import Enum, auto, unique


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    JUPITER = (1.9e27, 7.1492e7)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.673e-11
        return G * self.mass / (self.radius * self.radius)


for p in Planet:
    print(p.name, p.value, f"{p.surface_gravity:.2f}")


class Weekday(Enum):
    MONDAY = auto()
    TUESDAY = auto()
    WEDNESDAY = 10
    THURSDAY = auto()

    def is_midweek(self):
        return self is Weekday.WEDNESDAY

    @classmethod
    def first(cls):
        return cls.MONDAY

    def __str__(self):
        return self.name.title()


print([d.value for d in Weekday], Weekday.first(), Weekday.WEDNESDAY.is_midweek())
print(str(Weekday.TUESDAY), repr(Weekday.TUESDAY), f"{Weekday.THURSDAY}")


class Direction(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    NORTH = auto()
    SOUTH = auto()


print(list(Direction), Direction("north"))


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(Shape.ALIAS_FOR_SQUARE, Shape(2), Shape["ALIAS_FOR_SQUARE"] is Shape.SQUARE)
print(list(Shape), len(Shape), list(Shape.__members__))
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
except ValueError as e:
    print("ValueError", e)


class Level(Enum):
    LOW = 1
    HIGH = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Level("low"), Level(2))
try:
    Level(5)
except ValueError as e:
    print("ValueError", e)


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    def label(self):
        return self.value.capitalize()


print([s.label() for s in Status], Status("inactive").name)
print(hash(Status.ACTIVE) == hash(Status.ACTIVE), Status.ACTIVE.__class__)
