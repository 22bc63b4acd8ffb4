import queue
from collections import Counter

jobs = queue.Queue()
for i, kind in enumerate(["resize", "encode", "resize", "upload", "encode", "crash", "resize"]):
    jobs.put((i, kind))
done = Counter()
failed = []
pq = queue.PriorityQueue()
while not jobs.empty():
    jid, kind = jobs.get()
    try:
        if kind == "crash":
            raise RuntimeError(f"job {jid} crashed")
        cost = {"resize": 1, "encode": 5, "upload": 3}[kind]
        pq.put((cost, jid, kind))
        done[kind] += 1
    except (RuntimeError, KeyError) as e:
        failed.append(str(e))
    finally:
        jobs.task_done()
print(done.most_common(), failed)
order = []
while True:
    try:
        order.append(pq.get_nowait())
    except queue.Empty:
        break
print(order)
q = queue.Queue(maxsize=1)
q.put("x")
try:
    q.put_nowait("y")
except queue.Full:
    print("Full", q.full(), q.qsize())
s = queue.SimpleQueue()
s.put(1)
print(s.get(), s.empty())
