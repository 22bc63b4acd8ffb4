from collections import deque
class Sleep:
    def __init__(self, ticks): self.ticks = ticks
class Spawn:
    def __init__(self, gen): self.gen = gen
class Join:
    def __init__(self, tid): self.tid = tid
class Scheduler:
    def __init__(self):
        self.ready = deque(); self.sleeping = []; self.tick = 0; self.next_id = 0
        self.results = {}; self.waiters = {}
    def spawn(self, gen):
        tid = self.next_id; self.next_id += 1
        self.ready.append((tid, gen, None))
        return tid
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.tick = min(t for t, *_ in self.sleeping)
                woke = [s for s in self.sleeping if s[0] <= self.tick]
                self.sleeping = [s for s in self.sleeping if s[0] > self.tick]
                for _, tid, gen in sorted(woke, key=lambda s: s[1]):
                    self.ready.append((tid, gen, None))
            tid, gen, val = self.ready.popleft()
            try:
                req = gen.send(val)
            except StopIteration as stop:
                self.results[tid] = stop.value
                print(f"t={self.tick} task {tid} done -> {stop.value!r}")
                for w, wg in self.waiters.pop(tid, []):
                    self.ready.append((w, wg, stop.value))
                continue
            except Exception as e:
                self.results[tid] = e
                print(f"t={self.tick} task {tid} crashed: {type(e).__name__}: {e}")
                for w, wg in self.waiters.pop(tid, []):
                    self.ready.append((w, wg, None))
                continue
            match req:
                case Sleep(ticks=n):
                    self.sleeping.append((self.tick + n, tid, gen))
                case Spawn(gen=g):
                    self.ready.append((tid, gen, self.spawn(g)))
                case Join(tid=other) if other in self.results:
                    self.ready.append((tid, gen, self.results[other]))
                case Join(tid=other):
                    self.waiters.setdefault(other, []).append((tid, gen))
                case None:
                    self.ready.append((tid, gen, None))
def worker(name, n):
    total = 0
    for i in range(n):
        yield Sleep(i + 1)
        total += i
    if name == "bad":
        raise ValueError("worker failed")
    return f"{name}:{total}"
def parent():
    kids = []
    for name, n in [("a", 3), ("b", 1), ("bad", 2)]:
        kids.append((yield Spawn(worker(name, n))))
    results = []
    for k in kids:
        results.append((yield Join(k)))
    return results
s = Scheduler()
s.spawn(parent())
s.run()
print(s.tick, sorted((k, str(v)) for k, v in s.results.items()))
