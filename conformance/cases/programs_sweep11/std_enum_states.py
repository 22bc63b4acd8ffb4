from enum import Enum, IntEnum, Flag, auto, unique


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()

    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]


class Prio(IntEnum):
    LOW = 1
    HIGH = 3


class Perm(Flag):
    R = 4
    W = 2
    X = 1


s = State.IDLE
for _ in range(4):
    print(s, s.name, s.value, repr(s))
    s = s.next()
print(State["DONE"], State(2), State.DONE in State, len(State))
print(Prio.HIGH > Prio.LOW, Prio.LOW + 1, sorted([Prio.HIGH, Prio.LOW]), int(Prio.HIGH), f"{Prio.LOW}")
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, repr(rw), bool(Perm(0)), list(Perm))
try:
    State(9)
except ValueError as e:
    print("ValueError", e)
try:
    State["NOPE"]
except KeyError as e:
    print("KeyError", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
try:
    State.IDLE = 5
except AttributeError as e:
    print("AttributeError", e)
print({State.IDLE: "i"}[State.IDLE], State.IDLE is State(1), type(State.IDLE).__name__)
