from collections import deque
class Sleep:
    def __init__(self, ticks): self.ticks = ticks
class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.sleeping = []
        self.clock = 0
        self.log = []
    def spawn(self, name, gen):
        self.ready.append((name, gen, None))
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.clock = min(t for t, *_ in self.sleeping)
                due = [s for s in self.sleeping if s[0] <= self.clock]
                self.sleeping = [s for s in self.sleeping if s[0] > self.clock]
                for _, name, gen in sorted(due, key=lambda s: s[1]):
                    self.ready.append((name, gen, self.clock))
                continue
            name, gen, value = self.ready.popleft()
            try:
                req = gen.send(value)
            except StopIteration as stop:
                self.log.append((self.clock, name, "done", stop.value))
                continue
            except Exception as exc:
                self.log.append((self.clock, name, "crashed", repr(exc)))
                continue
            if isinstance(req, Sleep):
                self.sleeping.append((self.clock + req.ticks, name, gen))
            else:
                self.log.append((self.clock, name, "yielded", req))
                self.ready.append((name, gen, None))
def worker(n, delay):
    total = 0
    for i in range(n):
        woke = yield Sleep(delay)
        total += woke
        yield f"step {i}"
    return total
def crasher():
    yield Sleep(2)
    raise RuntimeError("worker died")
s = Scheduler()
s.spawn("fast", worker(3, 1))
s.spawn("slow", worker(2, 3))
s.spawn("bad", crasher())
s.run()
for entry in s.log:
    print(*entry)
