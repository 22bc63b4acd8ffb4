# moat policy: with one thread, a blocking get() on an empty queue (and
# put() on a full one, join() with unfinished tasks) could never return;
# CPython would hang, moat raises RuntimeError.
import queue

q = queue.Queue()
try:
    q.get()
except RuntimeError as e:
    print(e)
try:
    queue.SimpleQueue().get(block=True)
except RuntimeError as e:
    print(e)
f = queue.Queue(1)
f.put("x")
try:
    f.put("y")
except RuntimeError as e:
    print(e)
try:
    f.join()
except RuntimeError as e:
    print(e)
f.get()
f.task_done()
f.join()
print("done")
