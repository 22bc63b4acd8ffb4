import heapq
from dataclasses import dataclass, field
from itertools import count


@dataclass(order=True)
class Task:
    priority: int
    seq: int
    name: str = field(compare=False)
    deps: tuple = field(default=(), compare=False)


class Scheduler:
    def __init__(self):
        self.heap = []
        self.counter = count()
        self.done = set()
        self.waiting = []

    def submit(self, name, priority, deps=()):
        heapq.heappush(self.heap, Task(priority, next(self.counter), name, tuple(deps)))

    def run(self):
        order = []
        while self.heap:
            t = heapq.heappop(self.heap)
            missing = [d for d in t.deps if d not in self.done]
            if missing:
                self.waiting.append(t)
                continue
            order.append(t.name)
            self.done.add(t.name)
            for w in self.waiting:
                heapq.heappush(self.heap, w)
            self.waiting.clear()
        return order


s = Scheduler()
s.submit("deploy", 1, deps=["test", "build"])
s.submit("build", 3)
s.submit("test", 2, deps=["build"])
s.submit("lint", 2)
s.submit("notify", 0, deps=["deploy"])
s.submit("orphan", 5, deps=["ghost"])
print(s.run())
print([t.name for t in s.waiting], Task(1, 0, "a") < Task(1, 1, "b"), Task(1, 0, "a") == Task(1, 0, "z"))
