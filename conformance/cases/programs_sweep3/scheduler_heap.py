# A priority-queue task scheduler simulation with heapq and a simulated clock.
import heapq
from dataclasses import dataclass, field
from itertools import count

@dataclass(order=True)
class Task:
    due: int
    priority: int
    seq: int
    name: str = field(compare=False)
    duration: int = field(compare=False)
    repeat: int = field(compare=False, default=0)

class Scheduler:
    def __init__(self):
        self.queue = []
        self.clock = 0
        self.seq = count()
        self.log = []

    def add(self, name, due, duration, priority=5, repeat=0):
        heapq.heappush(self.queue, Task(due, priority, next(self.seq), name, duration, repeat))

    def run(self, until):
        while self.queue and self.queue[0].due <= until:
            task = heapq.heappop(self.queue)
            start = max(self.clock, task.due)
            self.clock = start + task.duration
            late = start - task.due
            self.log.append((task.name, start, self.clock, late))
            if task.repeat:
                self.add(task.name, task.due + task.repeat, task.duration, task.priority, task.repeat)
        return self.log

s = Scheduler()
s.add("backup", 0, 5, priority=1, repeat=30)
s.add("email", 2, 1, priority=3, repeat=10)
s.add("report", 2, 7, priority=2)
s.add("cleanup", 15, 3)
s.add("deploy", 40, 12, priority=0)
for name, start, end, late in s.run(60):
    flag = f" (late {late})" if late else ""
    print(f"t={start:>3}-{end:<3} {name}{flag}")
print("pending:", [(t.name, t.due) for t in sorted(s.queue)])
lateness = [l for *_, l in s.log]
print("avg late %.3f max %d" % (sum(lateness) / len(lateness), max(lateness)))
print(heapq.nsmallest(3, [5, 1, 8, 3, 9, 2]), heapq.nlargest(2, s.log, key=lambda e: e[3]))
merged = list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 11]))
print(merged)
