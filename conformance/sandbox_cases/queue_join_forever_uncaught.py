# moat policy: join() with an unfinished task would wait for ever in CPython;
# moat raises RuntimeError.
import queue

q = queue.Queue()
q.put(1)
q.join()
