import heapq
from dataclasses import dataclass, field
from collections import defaultdict, deque
from typing import Callable
@dataclass(order=True)
class Event:
    time: float
    seq: int
    action: Callable[[], None] = field(compare=False, repr=False)
    label: str = field(compare=False, default="")
class Sim:
    def __init__(self):
        self.now = 0.0; self.q: list[Event] = []; self.seq = 0; self.log: list[str] = []
    def at(self, dt, label):
        def deco(fn):
            self.seq += 1; heapq.heappush(self.q, Event(self.now + dt, self.seq, fn, label)); return fn
        return deco
    def run(self, until):
        while self.q and self.q[0].time <= until:
            ev = heapq.heappop(self.q); self.now = ev.time
            self.log.append(f"{self.now:7.2f} {ev.label}"); ev.action()
sim = Sim()
queue = deque(); served = defaultdict(int); waits = []
arrivals = [0.5, 0.7, 1.1, 3.0, 3.2, 3.3, 7.9]
service = [1.0, 0.4, 2.2, 0.3, 0.9, 1.5, 0.1]
busy = False
def arrive(i):
    def f():
        queue.append((i, sim.now)); start_next()
    return f
def start_next():
    global busy
    if busy or not queue: return
    i, t0 = queue.popleft(); busy = True; waits.append(sim.now - t0)
    @sim.at(service[i], f"done {i}")
    def done():
        global busy
        busy = False; served[i % 2] += 1; start_next()
for i, t in enumerate(arrivals):
    sim.at(t, f"arrive {i}")(arrive(i))
sim.run(until=100)
print(*sim.log, sep="\n")
print(f"served by parity: {dict(served)}; mean wait {sum(waits)/len(waits):.3f}; max wait {max(waits):.2f}")
print(Event(1.0, 1, print, "x"), Event(1, 2, print) < Event(1, 3, len))
