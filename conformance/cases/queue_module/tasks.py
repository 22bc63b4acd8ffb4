# task_done/join bookkeeping.
import queue

q = queue.Queue()
for job in ["a", "b", "c"]:
    q.put(job)
print(q.unfinished_tasks)
done = []
while not q.empty():
    done.append(q.get())
    q.task_done()
print(done, q.unfinished_tasks)
q.join()
print("joined")
try:
    q.task_done()
except ValueError as e:
    print("ValueError", e)
print(q.unfinished_tasks)

l = queue.LifoQueue()
l.put(1)
l.get()
l.task_done()
l.join()
print("lifo joined")
