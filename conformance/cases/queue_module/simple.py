# queue.SimpleQueue.
import queue

s = queue.SimpleQueue()
print(s.empty(), s.qsize())
s.put(1)
s.put(2, block=False)
s.put(3, True, 10)
s.put_nowait(4)
print(s.qsize(), s.empty())
print(s.get(), s.get(False), s.get(True, 1), s.get_nowait(), s.empty())
for call in (lambda: s.get_nowait(), lambda: s.get(False), lambda: s.get(timeout=0),
             lambda: s.get(block=True, timeout=0.5), lambda: s.get(False, -1)):
    try:
        call()
    except queue.Empty as e:
        print("Empty", repr(e))
try:
    s.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
print(queue.SimpleQueue, queue.Empty, queue.Full)
print(queue.Queue[int], queue.SimpleQueue[str], queue.PriorityQueue[tuple[int, str]])
print(queue.Empty.__name__, queue.Empty.__module__, queue.Full.__module__)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(sorted(queue.__all__))
