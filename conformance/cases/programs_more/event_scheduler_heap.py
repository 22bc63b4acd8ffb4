class MinHeap:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def push(self, item):
        a = self.items
        a.append(item)
        i = len(a) - 1
        while i > 0:
            parent = (i - 1) // 2
            if a[i] < a[parent]:
                a[i], a[parent] = a[parent], a[i]
                i = parent
            else:
                break

    def pop(self):
        a = self.items
        if not a:
            raise IndexError("pop from empty heap")
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i, n = 0, len(a)
            while True:
                l, r, smallest = 2 * i + 1, 2 * i + 2, i
                if l < n and a[l] < a[smallest]:
                    smallest = l
                if r < n and a[r] < a[smallest]:
                    smallest = r
                if smallest == i:
                    break
                a[i], a[smallest] = a[smallest], a[i]
                i = smallest
        return top


class Event:
    seq = 0

    def __init__(self, time, name, action=None, priority=5):
        self.time, self.name, self.action, self.priority = time, name, action, priority
        Event.seq += 1
        self.seq = Event.seq

    def __lt__(self, other):
        return (self.time, self.priority, self.seq) < (other.time, other.priority, other.seq)

    def __repr__(self):
        return f"Event({self.time}, {self.name!r})"


class Scheduler:
    def __init__(self):
        self.queue = MinHeap()
        self.now = 0
        self.log = []

    def at(self, time, name, action=None, priority=5):
        self.queue.push(Event(time, name, action, priority))

    def after(self, delay, name, action=None):
        self.at(self.now + delay, name, action)

    def run(self, until):
        while len(self.queue):
            ev = self.queue.pop()
            if ev.time > until:
                self.queue.push(ev)
                break
            self.now = ev.time
            self.log.append((ev.time, ev.name))
            print(f"t={ev.time:>3} {ev.name}")
            if ev.action:
                ev.action(self)


def heartbeat(s):
    if s.now < 40:
        s.after(15, "heartbeat", heartbeat)


def spawn_jobs(s):
    for k in range(3):
        s.after(k * 7 + 1, f"job{k}", lambda s, k=k: s.after(2, f"job{k}-done"))


s = Scheduler()
s.at(0, "boot", heartbeat)
s.at(5, "spawn", spawn_jobs)
s.at(5, "urgent", priority=1)
s.at(30, "backup")
s.at(100, "too-late")
s.run(until=60)
print("now", s.now, "pending", len(s.queue), s.queue.items)

h = MinHeap()
for x in [9, 4, 7, 1, 8, 2, 2, 6]:
    h.push(x)
print([h.pop() for _ in range(len(h))])
try:
    h.pop()
except IndexError as e:
    print("IndexError", e)
