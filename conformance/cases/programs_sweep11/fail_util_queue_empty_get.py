import queue

q = queue.Queue()
q.put("a")
print(q.get_nowait())
try:
    q.get_nowait()
except queue.Empty:
    print("empty once")
stack = []
stack.pop()
