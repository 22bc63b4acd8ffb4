import random
from collections import deque
import heapq
random.seed(11)
class Customer:
    _ids = 0
    def __init__(self, arrival, service):
        Customer._ids += 1
        self.id = Customer._ids
        self.arrival = arrival
        self.service = service
        self.start = None
    def __repr__(self):
        return f"C{self.id}(a={self.arrival},s={self.service})"
class Teller:
    def __init__(self, name):
        self.name = name; self.busy_until = 0; self.served = []
    def __lt__(self, other):
        return (self.busy_until, self.name) < (other.busy_until, other.name)
    def __repr__(self):
        return f"{self.name}@{self.busy_until}"
t = 0
arrivals = []
for _ in range(15):
    t += random.randint(0, 4)
    arrivals.append(Customer(t, random.randint(2, 7)))
print(arrivals)
tellers = [Teller("A"), Teller("B")]
heapq.heapify(tellers)
queue = deque(arrivals)
waits = []
while queue:
    c = queue.popleft()
    teller = heapq.heappop(tellers)
    c.start = max(c.arrival, teller.busy_until)
    waits.append(c.start - c.arrival)
    teller.busy_until = c.start + c.service
    teller.served.append(c.id)
    heapq.heappush(tellers, teller)
    print(f"t={c.start:>3} {teller.name} serves C{c.id:<2} waited {c.start - c.arrival:>2} queue={len(queue)} tellers={sorted(tellers)}")
for tl in sorted(tellers, key=lambda x: x.name):
    print(tl.name, tl.served, tl.busy_until)
print("avg wait %.3f max %d zero-waits %d" % (sum(waits) / len(waits), max(waits), waits.count(0)))
hist = {}
for w in waits:
    hist[w // 2 * 2] = hist.get(w // 2 * 2, 0) + 1
for b in sorted(hist):
    print(f"{b:>2}-{b + 1:<2} {'#' * hist[b]}")
events = []
for c in arrivals:
    heapq.heappush(events, (c.arrival, 0, c.id, "arrive"))
    heapq.heappush(events, (c.start + c.service, 1, c.id, "leave"))
inside = 0; peak = 0
while events:
    time, kind, cid, what = heapq.heappop(events)
    inside += 1 if what == "arrive" else -1
    peak = max(peak, inside)
print("peak customers in bank:", peak, "final", inside)
rng = random.Random(99)
trials = [sum(rng.random() < 0.3 for _ in range(20)) for _ in range(200)]
print(sorted(set(trials)), sum(trials) / len(trials), max(trials, key=trials.count))
