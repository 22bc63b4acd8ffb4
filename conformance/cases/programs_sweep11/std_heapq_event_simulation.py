import heapq

events = []
seq = 0


def schedule(t, kind, who):
    global seq
    heapq.heappush(events, (t, seq, kind, who))
    seq += 1


for i, (arrive, service) in enumerate([(0, 5), (1, 3), (2, 8), (10, 2), (11, 1)]):
    schedule(arrive, "arrive", (f"c{i}", service))
free_at = 0
log = []
while events:
    t, _, kind, (who, service) = heapq.heappop(events)
    if kind == "arrive":
        start = max(t, free_at)
        free_at = start + service
        schedule(free_at, "leave", (who, service))
        log.append(f"{t:>3} {who} arrives, waits {start - t}")
    else:
        log.append(f"{t:>3} {who} leaves")
print("\n".join(log))
print("final time", free_at)
