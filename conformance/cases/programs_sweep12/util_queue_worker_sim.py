import queue
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)
    cost: int = field(compare=False, default=1)


jobs = queue.PriorityQueue()
for i, (p, name, cost) in enumerate([(2, "email", 1), (1, "payment", 3), (3, "report", 5),
                                     (1, "refund", 2), (2, "sms", 1)]):
    jobs.put(Job(p, i, name, cost))
print("queued", jobs.qsize())
clock = 0
workers = {"w1": 0, "w2": 0}
done = []
while not jobs.empty():
    w = min(workers, key=lambda k: (workers[k], k))
    job = jobs.get()
    start = max(clock, workers[w])
    workers[w] = start + job.cost
    done.append((job.name, w, start, workers[w]))
    jobs.task_done()
for name, w, s, e in done:
    print(f"{name:<8} on {w} from t={s} to t={e}")
print("makespan", max(workers.values()))
fifo = queue.Queue(maxsize=2)
fifo.put("a")
fifo.put("b")
try:
    fifo.put_nowait("c")
except queue.Full:
    print("queue full")
print(fifo.get_nowait(), fifo.get(), fifo.empty())
try:
    fifo.get_nowait()
except queue.Empty:
    print("queue empty")
st = queue.LifoQueue()
for x in range(3):
    st.put(x)
print([st.get() for _ in range(3)])
