# Everyday uses: breadth-first search with Queue, a job stack with
# LifoQueue, a scheduler with PriorityQueue.
from queue import Queue, LifoQueue, PriorityQueue, Empty

graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
def bfs(start):
    seen = {start: 0}
    q = Queue()
    q.put(start)
    while not q.empty():
        node = q.get()
        for nxt in graph[node]:
            if nxt not in seen:
                seen[nxt] = seen[node] + 1
                q.put(nxt)
        q.task_done()
    q.join()
    return seen
print(bfs("a"))

stack = LifoQueue(maxsize=10)
for job in ["compile", "link", "test"]:
    stack.put(job)
while True:
    try:
        print("run", stack.get_nowait())
    except Empty:
        print("no more jobs")
        break

sched = PriorityQueue()
for prio, name in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
    sched.put((prio, name))
print([sched.get()[1] for _ in range(sched.qsize())])
