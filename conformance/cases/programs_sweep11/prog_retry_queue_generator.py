import heapq


def scheduler(jobs):
    heap = [(0, i, name, 0) for i, name in enumerate(jobs)]
    heapq.heapify(heap)
    seq = len(heap)
    while heap:
        t, _, name, attempt = heapq.heappop(heap)
        ok = yield t, name, attempt
        if not ok and attempt < 2:
            seq += 1
            heapq.heappush(heap, (t + 2 ** attempt, seq, name, attempt + 1))


failures = {("b", 0), ("b", 1), ("c", 0), ("c", 1), ("c", 2)}
gen = scheduler(["a", "b", "c"])
result = None
log = []
try:
    item = next(gen)
    while True:
        t, name, attempt = item
        ok = (name, attempt) not in failures
        log.append(f"t={t} {name}#{attempt} {'ok' if ok else 'FAIL'}")
        item = gen.send(ok)
except StopIteration:
    pass
print("\n".join(log))
