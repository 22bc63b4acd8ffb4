from collections import OrderedDict
from enum import Enum, auto
from functools import wraps
import random, itertools

class LRU:
    def __init__(self, cap):
        self.cap, self.d, self.hits, self.misses = cap, OrderedDict(), 0, 0
    def get(self, k, default=None):
        if k in self.d:
            self.d.move_to_end(k)
            self.hits += 1
            return self.d[k]
        self.misses += 1
        return default
    def put(self, k, v):
        self.d[k] = v
        self.d.move_to_end(k)
        evicted = []
        while len(self.d) > self.cap:
            evicted.append(self.d.popitem(last=False))
        return evicted
    def __repr__(self):
        return f"LRU({list(self.d.items())}, hits={self.hits}, misses={self.misses})"
c = LRU(3)
for op in "put a 1|put b 2|get a|put c 3|put d 4|get b|get c|put a 9|put e 5|get d".split("|"):
    parts = op.split()
    if parts[0] == "put":
        print(op, "evicted", c.put(parts[1], int(parts[2])))
    else:
        print(op, "->", c.get(parts[1]))
print(c)

class TransientError(Exception):
    pass
def retry(times=3, exceptions=(TransientError,), log=None):
    def deco(fn):
        @wraps(fn)
        def wrapper(*a, **kw):
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, **kw)
                except exceptions as e:
                    if log is not None:
                        log.append(f"{fn.__name__} attempt {attempt} failed: {e}")
                    if attempt == times:
                        raise RuntimeError(f"{fn.__name__} gave up after {times}") from e
        return wrapper
    return deco
random.seed(7)
log = []
@retry(times=4, log=log)
def flaky(x):
    if random.random() < 0.6:
        raise TransientError(f"blip {random.randint(1, 99)}")
    return x * 2
results = []
for i in range(5):
    try:
        results.append(flaky(i))
    except RuntimeError as e:
        results.append(f"{e} (cause: {e.__cause__!r})")
print(results)
print("\n".join(log))

class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    DONE = auto()
    FAILED = auto()
TRANSITIONS = {
    (State.IDLE, "start"): State.RUNNING, (State.RUNNING, "pause"): State.PAUSED, (State.PAUSED, "resume"): State.RUNNING,
    (State.RUNNING, "finish"): State.DONE, (State.RUNNING, "error"): State.FAILED, (State.FAILED, "reset"): State.IDLE,
}
class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.history = [self.state]
    def fire(self, ev):
        try:
            self.state = TRANSITIONS[(self.state, ev)]
        except KeyError:
            raise ValueError(f"cannot {ev!r} from {self.state.name}") from None
        self.history.append(self.state)
        return self.state
m = Machine()
for ev in ["start", "pause", "finish", "resume", "error", "reset", "start", "finish", "start"]:
    try:
        print(f"{ev:>7} -> {m.fire(ev)!r}")
    except ValueError as e:
        print(f"{ev:>7} !! {e}")
print([s.name for s in m.history], len(set(m.history)), max(m.history, key=lambda s: s.value))
print({s.name: sum(1 for h in m.history if h is s) for s in State})
print(list(itertools.accumulate(s.value for s in m.history)))
