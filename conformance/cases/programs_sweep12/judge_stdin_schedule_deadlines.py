import heapq

n = int(input())
jobs = []
for _ in range(n):
    name, deadline, profit = input().split()
    jobs.append((int(deadline), int(profit), name))
jobs.sort()
heap = []
for deadline, profit, name in jobs:
    heapq.heappush(heap, (profit, name))
    if len(heap) > deadline:
        heapq.heappop(heap)
chosen = sorted(heap, key=lambda x: -x[0])
print("max profit:", sum(p for p, _ in chosen))
print("jobs:", " ".join(name for _, name in sorted(chosen, key=lambda x: x[1])))
slots = {}
for profit, name in sorted(((p, nm) for d, p, nm in jobs), reverse=True):
    d = next(d for dd, pp, nn in jobs if nn == name for d in [dd])
    for t in range(d, 0, -1):
        if t not in slots:
            slots[t] = name
            break
print("timeline:", [slots.get(t, "-") for t in range(1, max(slots) + 1)])
