# heapq's type errors name None as "None", not "NoneType" (argument clinic).
import heapq
queue = []
heapq.heappush(queue, (2, "b"))
print(queue)
queue = None
heapq.heappush(queue, (1, "a"))
