# queue.Queue: FIFO order, sizes, maxsize, the non-blocking calls.
import queue

q = queue.Queue()
print(q.maxsize, q.qsize(), q.empty(), q.full(), q.unfinished_tasks)
for i in range(5):
    q.put(i * i)
print(q.qsize(), q.empty(), q.full(), q.unfinished_tasks)
print([q.get() for _ in range(3)], q.qsize())
q.put_nowait("x")
print(q.get_nowait(), q.get(), q.get(block=False), q.empty())
print(list(q.queue), type(q.queue).__name__)

b = queue.Queue(maxsize=2)
b.put("a")
print(b.full())
b.put("b", block=True, timeout=1)
print(b.full(), b.qsize(), list(b.queue))
try:
    b.put("c", block=False)
except queue.Full as e:
    print("Full", repr(e), str(e) == "")
try:
    b.put_nowait("c")
except queue.Full:
    print("Full again")
try:
    b.put("c", timeout=0)
except queue.Full:
    print("Full after timeout 0")
print(b.get(), b.get())
try:
    b.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e))
try:
    b.get(False)
except queue.Empty:
    print("Empty again")
try:
    b.get(timeout=0)
except queue.Empty:
    print("Empty after timeout 0")
try:
    b.get(True, 0.0)
except queue.Empty:
    print("Empty after timeout 0.0")

for size in (0, -1, -5):
    u = queue.Queue(size)
    for i in range(10):
        u.put(i)
    print(size, u.full(), u.qsize())
q = queue.Queue(3)
q.put(None)
print(q.get(True, 5), q.empty())
