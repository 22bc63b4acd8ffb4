from enum import Enum, IntEnum, Flag, IntFlag, auto, unique


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXEC


class Color(Enum):
    RED = "#f00"
    GREEN = "#0f0"
    BLUE = "#00f"

    @property
    def rgb(self):
        h = self.value.lstrip("#")
        return tuple(int(c * 2, 16) for c in h)

    @classmethod
    def parse(cls, text):
        try:
            return cls[text.upper()]
        except KeyError:
            return cls(text)


@unique
class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


p = Perm.READ | Perm.EXEC
print(p, repr(p), Perm.RW, Perm.READ in p, Perm.WRITE in p, bool(Perm(0)))
print(list(Perm), [m.name for m in Perm.ALL], ~Perm.READ, Perm.ALL & ~Perm.WRITE)
print(Color.RED, repr(Color.GREEN), Color.BLUE.rgb, Color.parse("red"), Color.parse("#0f0"))
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, sorted([Priority.HIGH, Priority.LOW]))
print(Priority(5).name, Priority["LOW"].value, max(Priority), f"{Priority.HIGH}", str(Priority.HIGH))
print(Mode.R | Mode.W, int(Mode.R | Mode.X), Mode(7), Mode(6) & Mode.W, repr(Mode(0)))
print(len(Color), Color.RED is Color("#f00"), [c.name for c in Color], Color.__members__.keys())
try:
    Color("#fff")
except ValueError as e:
    print("ValueError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
print(Perm.READ.value, Perm(3), Perm["EXEC"], isinstance(Priority.LOW, int), format(Mode.W, "d"))
