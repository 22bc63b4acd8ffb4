import heapq
from dataclasses import dataclass, field
from typing import Any

@dataclass(order=True)
class Task:
    priority: int
    seq: int
    name: str = field(compare=False)
    duration: int = field(compare=False, default=1)
    deps: tuple = field(compare=False, default=())

class Scheduler:
    def __init__(self, workers=2):
        self.workers = workers
        self.queue = []
        self.seq = 0
        self.done = set()
        self.pending = []

    def submit(self, name, priority=5, duration=1, deps=()):
        self.seq += 1
        t = Task(priority, self.seq, name, duration, tuple(deps))
        if all(d in self.done for d in t.deps):
            heapq.heappush(self.queue, t)
        else:
            self.pending.append(t)

    def release(self):
        still = []
        for t in self.pending:
            if all(d in self.done for d in t.deps):
                heapq.heappush(self.queue, t)
            else:
                still.append(t)
        self.pending = still

    def run(self):
        clock = 0
        running = []  # (finish_time, name)
        timeline = []
        while self.queue or running or self.pending:
            while self.queue and len(running) < self.workers:
                t = heapq.heappop(self.queue)
                heapq.heappush(running, (clock + t.duration, t.name))
                timeline.append(f"t={clock:>2} start {t.name} (p{t.priority})")
            if not running:
                raise RuntimeError(f"deadlock: {[t.name for t in self.pending]}")
            clock, name = heapq.heappop(running)
            self.done.add(name)
            timeline.append(f"t={clock:>2} done  {name}")
            self.release()
        return clock, timeline

s = Scheduler()
s.submit("fetch", 1, 3)
s.submit("parse", 2, 2, deps=["fetch"])
s.submit("lint", 3, 1)
s.submit("test", 2, 4, deps=["parse", "lint"])
s.submit("docs", 9, 2)
s.submit("deploy", 0, 1, deps=["test", "docs"])
total, tl = s.run()
print("\n".join(tl))
print("total", total)
s2 = Scheduler(1)
s2.submit("a", deps=["b"])
s2.submit("b", deps=["a"])
try:
    s2.run()
except RuntimeError as e:
    print("RuntimeError:", e)
print(Task(1, 1, "x") < Task(1, 2, "a"), Task(2, 0, "q"))
h = [5, 3, 8, 1]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
