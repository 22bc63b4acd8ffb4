import heapq

tasks = []
heapq.heappush(tasks, (1, {"name": "a"}))
heapq.heappush(tasks, (2, {"name": "b"}))
heapq.heappush(tasks, (1, {"name": "c"}))
print(tasks)
