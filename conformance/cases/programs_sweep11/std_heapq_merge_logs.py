import heapq

log_a = [(1, "a", "boot"), (5, "a", "ready"), (9, "a", "shutdown")]
log_b = [(2, "b", "boot"), (3, "b", "ready"), (9, "b", "error"), (12, "b", "restart")]
log_c = []
for ts, src, msg in heapq.merge(log_a, log_b, log_c):
    print(f"{ts:>3} [{src}] {msg}")
print(list(heapq.merge([5, 3, 1], [4, 2], key=lambda x: -x)), list(heapq.merge("ace", "bdf", reverse=False)))
print(list(heapq.merge([3, 2, 1], [6, 0], reverse=True)))
h = [(2, "x"), (1, "y")]
heapq.heapify(h)
heapq.heappush(h, (1, "a"))
print([heapq.heappop(h) for _ in range(len(h))])
try:
    heapq.heappush([(1, {})], (1, {}))
except TypeError as e:
    print("TypeError", e)
