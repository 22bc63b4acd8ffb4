# A heap whose items' __lt__ changes the heap: a change of size is
# CPython's RuntimeError, a same-size change is kept (the sift rereads the
# list after each comparison), and heappushpop rereads heap[0].
import heapq


class Item:
    def __init__(self, v, on_lt=None):
        self.v = v
        self.on_lt = on_lt

    def __lt__(self, other):
        if self.on_lt is not None:
            self.on_lt()
        return self.v < other.v

    def __repr__(self):
        return f"I{self.v}"


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


def shrinking(values):
    heap = []
    heap.extend(Item(v, lambda: heap.pop() if heap else None) for v in values)
    return heap


attempt("heapify shrink", lambda: heapq.heapify(shrinking([5, 4, 3, 2, 1])))
attempt("heappush shrink", lambda: heapq.heappush(shrinking([1, 2, 3]), Item(0)))
attempt("heappop shrink", lambda: heapq.heappop(shrinking([1, 2, 3, 4])))
attempt("heapreplace shrink", lambda: heapq.heapreplace(shrinking([1, 2, 3, 4]), Item(9)))
attempt("nlargest shrink", lambda: heapq.nlargest(2, shrinking([1, 2, 3, 4])))


def cleared():
    heap = []
    heap.extend(Item(v, heap.clear) for v in [1, 2])
    return heap


attempt("heappushpop cleared", lambda: heapq.heappushpop(cleared(), Item(5)))

# Same size, different items: the comparison swaps two entries behind the
# sift's back; the result shows which entries the sift reread.
heap = []


def swap_tail():
    if len(heap) > 3:
        heap[-1], heap[-2] = heap[-2], heap[-1]


heap.extend(Item(v, swap_tail) for v in [9, 8, 7, 6, 5, 4, 3])
heapq.heapify(heap)
print("heapify swapped", heap)
print("heappop swapped", heapq.heappop(heap), heap)
heapq.heappush(heap, Item(0, swap_tail))
print("heappush swapped", heap)
print("heappushpop swapped", heapq.heappushpop(heap, Item(10, swap_tail)), heap)
