# queue's errors.
import queue

def attempt(f):
    try:
        print(repr(f()))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

q = queue.Queue(2)
attempt(lambda: q.put(1, True, -1))
attempt(lambda: q.get(True, -1))
attempt(lambda: queue.Queue().get(timeout=-0.5))
attempt(lambda: queue.Queue().task_done())
attempt(lambda: queue.Queue().put())
attempt(lambda: queue.Queue(1, 2))
attempt(lambda: queue.Queue("3").qsize())
print(q.qsize())

class Job:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < other.n
    def __repr__(self):
        return "Job(%d)" % self.n

p = queue.PriorityQueue()
for n in (5, 1, 3):
    p.put(Job(n))
print([p.get() for _ in range(3)])
q = queue.Queue()
q.put(1)
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError even when not empty:", e)
