import heapq
from dataclasses import dataclass, field
from itertools import count

@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)
    duration: int = field(compare=False, default=1)

class Scheduler:
    def __init__(self):
        self._heap = []
        self._seq = count()
        self.clock = 0
        self.log = []
    def submit(self, name, priority, duration=1):
        heapq.heappush(self._heap, Job(priority, next(self._seq), name, duration))
    def run(self):
        while self._heap:
            job = heapq.heappop(self._heap)
            self.log.append(f"t={self.clock:>3} run {job.name:<8} (p{job.priority}, {job.duration}s)")
            self.clock += job.duration
            if job.name.startswith("repeat") and job.duration > 1:
                self.submit(job.name, job.priority + 1, job.duration - 1)

s = Scheduler()
for name, pr, d in [("backup", 5, 3), ("email", 1, 1), ("repeat-x", 2, 3), ("index", 1, 2), ("report", 3, 1)]:
    s.submit(name, pr, d)
s.run()
print("\n".join(s.log))
nums = [5, 1, 8, 3, 9, 2, 7]
print(heapq.nsmallest(3, nums), heapq.nlargest(2, nums), heapq.nlargest(2, ["bb", "a", "ccc"], key=len))
h = nums[:]
heapq.heapify(h); print(h, h[0])
print(heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [5])), list(heapq.merge(["a", "cc"], ["bbb"], key=len)))
def dijkstra(graph, src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph.get(u, []):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dist
G = {"A": [("B", 4), ("C", 1)], "C": [("B", 2), ("D", 7)], "B": [("D", 1)], "D": []}
print(dijkstra(G, "A"))
def kth_largest_stream(k, stream):
    h = []
    for x in stream:
        if len(h) < k:
            heapq.heappush(h, x)
        elif x > h[0]:
            heapq.heapreplace(h, x)
        yield h[0] if len(h) == k else None
print(list(kth_largest_stream(3, [4, 5, 8, 2, 3, 10, 9])))
class Task:
    def __init__(self, p): self.p = p
try:
    heapq.heappush([Task(1)], Task(2))
except TypeError as e:
    print(e)
heapq.heappop([])
