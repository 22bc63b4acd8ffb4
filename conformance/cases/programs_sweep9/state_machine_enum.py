from enum import Enum, auto, IntEnum, Flag

class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    DONE = auto()

TRANSITIONS = {
    (State.IDLE, "start"): State.RUNNING,
    (State.RUNNING, "pause"): State.PAUSED,
    (State.PAUSED, "resume"): State.RUNNING,
    (State.RUNNING, "finish"): State.DONE,
}

class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.history = [self.state]
    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise ValueError(f"cannot {event} from {self.state.name}")
        self.state = TRANSITIONS[key]
        self.history.append(self.state)

m = Machine()
for ev in ["start", "pause", "resume", "finish", "start"]:
    try:
        m.fire(ev)
        print(ev, "->", m.state)
    except ValueError as e:
        print("error:", e)
print([s.name for s in m.history], State.DONE.value, State(2), State["PAUSED"], repr(State.IDLE))
print(list(State), len(State), State.RUNNING in State, State.IDLE is State(1))

class Level(IntEnum):
    LOW = 1
    HIGH = 3
print(Level.LOW < Level.HIGH, Level.HIGH + 1, sorted([Level.HIGH, Level.LOW]), Level(3).name, int(Level.LOW))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, rw & Perm.W, ~Perm.R, bool(Perm(0)), list(rw))
try:
    State(9)
except ValueError as e:
    print(e)
try:
    State["NOPE"]
except KeyError as e:
    print("KeyError", e)
print(f"{State.IDLE}", str(Level.LOW), format(Level.HIGH), f"{Level.HIGH:>5}")
