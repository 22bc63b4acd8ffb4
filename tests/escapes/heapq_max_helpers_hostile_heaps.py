# heapq's private max-heap helpers (_heapify_max, _heappop_max,
# _heapreplace_max), which merge(reverse=True) and nlargest use, are
# module attributes a script can call directly: with non-lists, empty
# lists, and items whose __lt__ clears, shrinks or refills the heap
# mid-sift. Like the public functions they must
# detect the change (CPython's RuntimeError/IndexError) and never read past
# the list's current end.
import heapq


def attempt(label, fn):
    try:
        print(label, 'ran:', repr(fn())[:100])
    except (TypeError, ValueError, RuntimeError, IndexError, AttributeError) as e:
        print(label, type(e).__name__, str(e)[:100])


class Item:
    def __init__(self, v, action=None):
        self.v = v
        self.action = action

    def __lt__(self, other):
        if self.action:
            self.action()
        return self.v < other.v

    def __repr__(self):
        return 'Item(%d)' % self.v


def make(action, n=20):
    heap.clear()
    heap.extend(Item(i, action) for i in range(n))
    return heap


heap = []
for label, action in [('clear', lambda: heap.clear()), ('pop', lambda: heap.pop() if heap else None),
                      ('append', lambda: heap.append(Item(99)) if len(heap) < 40 else None)]:
    attempt('heapify_max ' + label, lambda: (heapq._heapify_max(make(action)), len(heap)))
    attempt('heappop_max ' + label, lambda: heapq._heappop_max(make(action)))
    attempt('heapreplace_max ' + label, lambda: heapq._heapreplace_max(make(action), Item(5, action)))


attempt('not a list', lambda: heapq._heapify_max((3, 1, 2)))
attempt('empty pop', lambda: heapq._heappop_max([]))
attempt('empty replace', lambda: heapq._heapreplace_max([], 1))
attempt('mixed types', lambda: heapq._heapify_max([1, 'a', 2]))
attempt('nlargest', lambda: heapq.nlargest(3, make(lambda: heap.clear())))
attempt('merge reverse', lambda: list(heapq.merge([3, 2, 1], make(lambda: heap.clear(), 3), reverse=True)))
# expect-output: heapify_max clear RuntimeError list changed size during iteration
# expect-output: heappop_max clear RuntimeError list changed size during iteration
# expect-output: heapreplace_max clear RuntimeError list changed size during iteration
# expect-output: heapify_max pop RuntimeError list changed size during iteration
# expect-output: heappop_max pop RuntimeError list changed size during iteration
# expect-output: heapreplace_max pop RuntimeError list changed size during iteration
# expect-output: heapify_max append RuntimeError list changed size during iteration
# expect-output: heappop_max append RuntimeError list changed size during iteration
# expect-output: heapreplace_max append RuntimeError list changed size during iteration
# expect-output: not a list TypeError _heapify_max() argument must be list, not tuple
# expect-output: empty pop IndexError index out of range
# expect-output: empty replace IndexError index out of range
# expect-output: mixed types TypeError '<' not supported between instances of 'int' and 'str'
# expect-output: nlargest ran: [Item(2), Item(1), Item(0)]
# expect-output: merge reverse AttributeError 'int' object has no attribute 'v'
