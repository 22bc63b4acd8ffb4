import heapq
import random

rng = random.Random(8)
events = []
seq = 0


def schedule(t, kind, data=None):
    global seq
    heapq.heappush(events, (t, seq, kind, data))
    seq += 1


for i in range(12):
    schedule(round(rng.uniform(0, 60), 2), "arrive", f"c{i}")
schedule(60, "close")
servers_free = 2
waiting = []
log = []
served = []
while events:
    t, _, kind, data = heapq.heappop(events)
    if kind == "arrive":
        if servers_free:
            servers_free -= 1
            dur = round(rng.expovariate(1 / 8), 2)
            schedule(round(t + dur, 2), "depart", (data, t))
            log.append(f"{t:6.2f} {data} served immediately ({dur}m)")
        else:
            waiting.append((data, t))
            log.append(f"{t:6.2f} {data} waits (queue {len(waiting)})")
    elif kind == "depart":
        name, start = data
        served.append((name, round(t - start, 2)))
        if waiting:
            nxt, arrived = waiting.pop(0)
            dur = round(rng.expovariate(1 / 8), 2)
            schedule(round(t + dur, 2), "depart", (nxt, arrived))
            log.append(f"{t:6.2f} {name} leaves; {nxt} starts after waiting {t - arrived:.2f}m")
        else:
            servers_free += 1
            log.append(f"{t:6.2f} {name} leaves; server idle")
    else:
        log.append(f"{t:6.2f} doors close, {len(waiting)} waiting")
print("\n".join(log))
print("served:", len(served), "avg time in system:", round(sum(s for _, s in served) / len(served), 2))
