# heapq's private max-heap helpers are _heapq's C functions.
import heapq

for f in (heapq._heapify_max, heapq._heappop_max, heapq._heapreplace_max,
          heapq.heappush):
    print(f.__name__, f.__module__, type(f).__name__)
h = [3, 1, 4, 1, 5, 9, 2, 6]
heapq._heapify_max(h)
print(h)
print(heapq._heappop_max(h), h)
print(heapq._heapreplace_max(h, 0), h)
for call in (lambda: heapq._heappop_max([]), lambda: heapq._heappop_max(None),
             lambda: heapq._heapify_max(()), lambda: heapq._heapreplace_max((), 1),
             lambda: heapq._heapreplace_max([], 1), lambda: heapq._heappop_max(heap=[1])):
    try:
        call()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
