# An uncaught queue.Empty names CPython's module for it, _queue.
import queue

q = queue.Queue()
print("before")
q.get_nowait()
