from collections import deque

arrivals = [(0, "a", 3), (1, "b", 2), (2, "c", 4), (3, "d", 1), (9, "e", 2), (10, "f", 5)]
queue = deque()
clock = 0
busy_until = 0
log = []
waits = {}
i = 0
current = None
while i < len(arrivals) or queue or current:
    while i < len(arrivals) and arrivals[i][0] == clock:
        queue.append(arrivals[i])
        log.append(f"t={clock}: {arrivals[i][1]} arrives (queue {len(queue)})")
        i += 1
    if current and clock >= busy_until:
        log.append(f"t={clock}: {current} done")
        current = None
    if current is None and queue:
        t0, name, service = queue.popleft()
        waits[name] = clock - t0
        current = name
        busy_until = clock + service
        log.append(f"t={clock}: serving {name} until {busy_until}")
    clock += 1
print("\n".join(log))
print(waits, sum(waits.values()) / len(waits), max(waits, key=waits.get))
