# LifoQueue and PriorityQueue order.
import queue

l = queue.LifoQueue()
for c in "abcde":
    l.put(c)
print(l.qsize(), [l.get() for _ in range(5)], l.empty())
print(type(l.queue).__name__)

p = queue.PriorityQueue()
for item in [(3, "three"), (1, "one"), (4, "four"), (1, "uno"), (5, "five"), (2, "two")]:
    p.put(item)
print(p.queue[0])
out = []
while not p.empty():
    out.append(p.get_nowait())
print(out)

p = queue.PriorityQueue(maxsize=3)
for n in (9, 2, 7):
    p.put(n)
print(p.full())
try:
    p.put_nowait(1)
except queue.Full:
    print("full")
print(p.get(), p.get(), p.get())

p = queue.PriorityQueue()
p.put(1)
try:
    p.put("a")
except TypeError as e:
    print("TypeError", e)

print(issubclass(queue.LifoQueue, queue.Queue), issubclass(queue.PriorityQueue, queue.Queue))
print(isinstance(queue.PriorityQueue(), queue.Queue))
