# Queue's storage hooks as a subclass replaces them, and the order of the
# checks in put() and get(): a bad timeout is refused before fullness or
# emptiness is looked at, and only when blocking with a bounded queue.
import queue


class Middle(queue.Queue):
    def _init(self, maxsize):
        print("init", maxsize)
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.insert(0, item)

    def _get(self):
        return self.queue.pop(len(self.queue) // 2)


q = Middle(3)
for item in "abc":
    q.put(item, timeout=0)
print(q.full(), q.qsize(), q.queue)
for call in (lambda: q.put("d", block=False), lambda: q.put("d", timeout=0.001),
             lambda: q.put("d", timeout=-1), lambda: q.put("d", False, -1)):
    try:
        call()
    except (queue.Full, ValueError) as e:
        print(type(e).__name__, repr(str(e)))
print([q.get_nowait() for _ in range(3)], q.unfinished_tasks)
for call in (lambda: q.get(timeout=-2), lambda: q.get(False, -2), lambda: q.get(timeout=0)):
    try:
        call()
    except (queue.Empty, ValueError) as e:
        print(type(e).__name__, repr(str(e)))

unbounded = queue.LifoQueue()
unbounded.put(1, timeout=-1)  # no bound: the timeout is never looked at
unbounded.put(2)
print(unbounded.get(), unbounded.get(timeout=5), unbounded.empty())
for _ in range(2):
    unbounded.task_done()
try:
    unbounded.task_done()
except ValueError as e:
    print("ValueError", e)
unbounded.join()

heap = queue.PriorityQueue()
for entry in [(2, "b"), (1, "z"), (2, "a"), (0, "q")]:
    heap.put_nowait(entry)
print(heap.queue[0], [heap.get() for _ in range(4)])

simple = queue.SimpleQueue()
simple.put(1, block=False, timeout=-1)
print(simple.qsize(), simple.get(timeout=0), simple.empty())
try:
    simple.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
try:
    simple.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e), queue.Empty.__module__, type(simple).__module__)
