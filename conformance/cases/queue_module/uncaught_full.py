# An uncaught queue.Full.
import queue

q = queue.Queue(1)
q.put(1)
q.put(2, block=False)
