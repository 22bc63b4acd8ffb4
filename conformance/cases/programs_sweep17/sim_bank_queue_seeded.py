# Discrete-event bank simulation with a seeded RNG, heapq event queue,
# statistics over waiting times and a text histogram.
import heapq
import random
import statistics
from collections import Counter
from dataclasses import dataclass, field
from itertools import count

rng = random.Random(2024)
SEQ = count()

@dataclass(order=True)
class Event:
    time: float
    seq: int
    kind: str = field(compare=False)
    cust: int = field(compare=False)

def simulate(n_customers, tellers, mean_arrival, mean_service):
    events = []
    t = 0.0
    for c in range(n_customers):
        t += rng.expovariate(1 / mean_arrival)
        heapq.heappush(events, Event(round(t, 3), next(SEQ), "arrive", c))
    free = tellers
    queue = []
    arrived, waits, served_by = {}, {}, Counter()
    log = []
    while events:
        ev = heapq.heappop(events)
        if ev.kind == "arrive":
            arrived[ev.cust] = ev.time
            if free:
                free -= 1
                waits[ev.cust] = 0.0
                dur = rng.gauss(mean_service, mean_service / 4)
                heapq.heappush(events, Event(round(ev.time + max(0.5, dur), 3), next(SEQ), "done", ev.cust))
            else:
                queue.append(ev.cust)
        else:
            served_by[len(queue)] += 1
            if queue:
                nxt = queue.pop(0)
                waits[nxt] = round(ev.time - arrived[nxt], 3)
                dur = rng.gauss(mean_service, mean_service / 4)
                heapq.heappush(events, Event(round(ev.time + max(0.5, dur), 3), next(SEQ), "done", nxt))
            else:
                free += 1
        if len(log) < 6:
            log.append(f"{ev.time:8.3f} {ev.kind:6} #{ev.cust}")
    return waits, log, served_by

for tellers in (1, 2, 3):
    waits, log, qlens = simulate(200, tellers, 2.0, 3.5)
    w = list(waits.values())
    print(f"tellers={tellers} mean={statistics.mean(w):.3f} median={statistics.median(w):.3f} "
          f"stdev={statistics.stdev(w):.3f} max={max(w):.3f} zero-wait={sum(1 for x in w if x == 0)}")
    if tellers == 1:
        print("\n".join(log))
    qs = statistics.quantiles(w, n=4)
    print("  quartiles", [round(q, 3) for q in qs], "queue-len mode", qlens.most_common(1))
    buckets = Counter(min(int(x // 5), 6) for x in w)
    for b in range(7):
        label = f"{b * 5:>2}-{b * 5 + 4:<3}" if b < 6 else "30+   "
        print(f"  {label} {'#' * (buckets[b] // 4):<50} {buckets[b]}")

rng.seed("reproducible")
print(rng.random(), rng.randint(1, 6), rng.choice(["a", "b", "c"]), rng.sample("abcdefg", 3))
rng.seed(7)
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck)
print(deck[:8], rng.choices(range(5), cum_weights=[1, 1, 5, 5, 10], k=8))
print(round(rng.uniform(-1, 1), 6), round(rng.triangular(0, 1, 0.9), 6), round(rng.betavariate(2, 5), 6), rng.randrange(10, 100, 5))
print(round(rng.normalvariate(0, 1), 6), round(rng.lognormvariate(0, 0.5), 6), round(rng.vonmisesvariate(1, 2), 6), round(rng.paretovariate(3), 6), round(rng.weibullvariate(1, 1.5), 6))
state = rng.getstate()
a = [rng.random() for _ in range(3)]
rng.setstate(state)
print(a == [rng.random() for _ in range(3)], rng.getrandbits(33), random.Random(1).random())
