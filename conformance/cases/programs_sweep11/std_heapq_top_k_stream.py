import heapq


def top_k(stream, k, key=lambda x: x):
    heap = []
    for i, item in enumerate(stream):
        entry = (key(item), i, item)
        if len(heap) < k:
            heapq.heappush(heap, entry)
        elif entry > heap[0]:
            heapq.heapreplace(heap, entry)
    return [item for _, _, item in sorted(heap, reverse=True)]


scores = [("ann", 88), ("bob", 95), ("cy", 70), ("dee", 95), ("eve", 60), ("fay", 99)]
print(top_k(scores, 3, key=lambda s: s[1]))
print(top_k(range(100), 5), top_k([], 3), top_k("hello", 2))


class RunningMedian:
    def __init__(self):
        self.lo, self.hi = [], []

    def add(self, x):
        heapq.heappush(self.lo, -x)
        heapq.heappush(self.hi, -heapq.heappop(self.lo))
        if len(self.hi) > len(self.lo):
            heapq.heappush(self.lo, -heapq.heappop(self.hi))

    def median(self):
        if len(self.lo) > len(self.hi):
            return -self.lo[0]
        return (-self.lo[0] + self.hi[0]) / 2


rm = RunningMedian()
for x in [5, 15, 1, 3, 8, 7, 9, 10]:
    rm.add(x)
    print(x, rm.median())
print(heapq.nlargest(2, {"a": 3, "b": 9, "c": 1}.items(), key=lambda kv: kv[1]), heapq.nsmallest(0, [1]))
