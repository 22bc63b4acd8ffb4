# A task queue on heapq with dataclass(order=True) items, field(compare=False)
# payloads, and cancellation markers.
import dataclasses
import heapq
import itertools


@dataclasses.dataclass(order=True)
class Task:
    priority: int
    seq: int
    name: str = dataclasses.field(compare=False)
    cancelled: bool = dataclasses.field(default=False, compare=False)


class Queue:
    def __init__(self):
        self.heap, self.by_name, self.counter = [], {}, itertools.count()

    def push(self, name, priority):
        if name in self.by_name:
            self.by_name[name].cancelled = True
        t = Task(priority, next(self.counter), name)
        self.by_name[name] = t
        heapq.heappush(self.heap, t)

    def cancel(self, name):
        self.by_name.pop(name).cancelled = True

    def pop(self):
        while self.heap:
            t = heapq.heappop(self.heap)
            if not t.cancelled:
                del self.by_name[t.name]
                return t
        raise KeyError("pop from an empty queue")


q = Queue()
for name, prio in [("write", 3), ("test", 2), ("deploy", 5), ("review", 2), ("write", 1)]:
    q.push(name, prio)
q.cancel("deploy")
order = []
while True:
    try:
        order.append(q.pop())
    except KeyError as e:
        print("done:", e)
        break
print([(t.name, t.priority) for t in order])
print(Task(1, 0, "a") < Task(1, 1, "b"), Task(1, 0, "a") == Task(1, 0, "zzz"), dataclasses.astuple(order[0]))
