from enum import Enum, IntEnum, Flag, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def describe(self):
        return f"{self.name.lower()} ({self.value})"

    @classmethod
    def parse(cls, text):
        try:
            return cls[text.upper()]
        except KeyError:
            raise ValueError(f"unknown color: {text}") from None


class Priority(IntEnum):
    LOW = auto()
    MEDIUM = auto()
    HIGH = auto()


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


class State(Enum):
    IDLE = "idle"
    RUNNING = "running"
    DONE = "done"

    def next(self, event):
        table = {
            (State.IDLE, "start"): State.RUNNING,
            (State.RUNNING, "finish"): State.DONE,
            (State.RUNNING, "abort"): State.IDLE,
        }
        return table.get((self, event), self)


print(list(Color), Color(2), Color["BLUE"], Color.RED.describe())
print(Color.parse("green"), repr(Color.GREEN), str(Priority.HIGH), repr(Priority.LOW))
try:
    Color.parse("purple")
except ValueError as e:
    print(e)
try:
    Color(7)
except ValueError as e:
    print(e)
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, sorted([Priority.HIGH, Priority.LOW]))
print(Perm.R | Perm.X, Perm.RW, Perm.W in Perm.RW, bool(Perm.R & Perm.X), list(Perm))
print(repr(Perm.R | Perm.W | Perm.X), Perm(0), ~Perm.R)
s = State.IDLE
for ev in ["finish", "start", "abort", "start", "finish", "start"]:
    s = s.next(ev)
    print(f"{ev:>7} -> {s.value}")
print(len(State), State("done") is State.DONE, [m.name for m in State], State.DONE in State)
print({c: c.value for c in Color})
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
print(Color.RED == 1, Priority.LOW == 1, isinstance(Priority.LOW, int), f"{Priority.HIGH}", f"{Color.RED}")
print(Color.__members__.keys(), Color.RED.name, Color.RED._value_)
match s:
    case State.DONE:
        print("finished")
    case State.RUNNING | State.IDLE:
        print("not finished", s)
