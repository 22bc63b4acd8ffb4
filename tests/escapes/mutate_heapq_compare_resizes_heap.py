# heapq's sift steps whose item comparisons (__lt__) shrink, clear, grow
# or reorder the heap list being sifted, through every entry point
# (heapify, heappush, heappop, heapreplace, heappushpop, merge, nlargest,
# nsmallest). CPython's _heapq raises RuntimeError on a change of size and
# rereads the list after each comparison; moat does the same, so nothing
# reads an item that is no longer there.
# expect-output: heapify clear RuntimeError list changed size during iteration
# expect-output: heappush clear -> None
# expect-output: heappop clear RuntimeError list changed size during iteration
# expect-output: heapreplace clear RuntimeError list changed size during iteration
# expect-output: heappushpop clear IndexError index out of range
# expect-output: nlargest clear -> [I2, I1, I0]
# expect-output: nsmallest clear -> [I0, I1, I2]
# expect-output: merge clear -> [I0, I0, I1]
# expect-output: heapify grow RuntimeError list changed size during iteration
# expect-output: heappush grow -> None
# expect-output: heappop grow RuntimeError list changed size during iteration
# expect-output: heapreplace grow RuntimeError list changed size during iteration
# expect-output: heappushpop grow RuntimeError list changed size during iteration
# expect-output: nlargest grow -> [I7, I6, I5]
# expect-output: nsmallest grow -> [I-1, I-1, I-1]
# expect-output: merge grow -> [I0, I0, I1, I1, I2, I-1, I-1, I2, I-1, I-1, I-1]
# expect-output: heapify reverse -> None
# expect-output: heappush reverse -> None
# expect-output: heappop reverse -> I0
# expect-output: heapreplace reverse -> I0
# expect-output: heappushpop reverse -> I5
# expect-output: nlargest reverse -> [I6, I5, I3]
# expect-output: nsmallest reverse -> [I0, I0, I1]
# expect-output: merge reverse -> [I0, I0, I1, I0, I1, I2]
# expect-output: heapify pop RuntimeError list changed size during iteration
# expect-output: heappush pop -> None
# expect-output: heappop pop RuntimeError list changed size during iteration
# expect-output: heapreplace pop RuntimeError list changed size during iteration
# expect-output: heappushpop pop RuntimeError list changed size during iteration
# expect-output: nlargest pop -> [I3, I2, I1]
# expect-output: nsmallest pop -> [I0, I1, I2]
# expect-output: merge pop -> [I0, I0, I1, I1]
import heapq


class Item:
    def __init__(self, v, action):
        self.v = v
        self.action = action

    def __lt__(self, other):
        self.action()
        return self.v < other.v

    def __repr__(self):
        return f"I{self.v}"


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__, e)


def make(values, kind):
    heap = []
    actions = {"clear": heap.clear, "grow": lambda: heap.append(Item(-1, lambda: None)) if len(heap) < 20 else None,
               "reverse": heap.reverse, "pop": lambda: heap.pop() if heap else None}
    heap.extend(Item(v, actions[kind]) for v in values)
    return heap


for kind in ("clear", "grow", "reverse", "pop"):
    attempt(f"heapify {kind}", lambda: heapq.heapify(make(range(9, 0, -1), kind)))
    attempt(f"heappush {kind}", lambda: heapq.heappush(make(range(5), kind), Item(-5, lambda: None)))
    attempt(f"heappop {kind}", lambda: heapq.heappop(make(range(6), kind)))
    attempt(f"heapreplace {kind}", lambda: heapq.heapreplace(make(range(6), kind), Item(9, lambda: None)))
    attempt(f"heappushpop {kind}", lambda: heapq.heappushpop(make(range(6), kind), Item(9, lambda: None)))
    attempt(f"nlargest {kind}", lambda: heapq.nlargest(3, make(range(8), kind)))
    attempt(f"nsmallest {kind}", lambda: heapq.nsmallest(3, make(range(8), kind)))
    attempt(f"merge {kind}", lambda: list(heapq.merge(make(range(3), kind), make(range(3), kind))))
