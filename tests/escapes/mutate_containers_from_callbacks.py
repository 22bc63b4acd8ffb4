# Containers changed by the Python code a native operation calls back into:
# list.sort whose __lt__ clears or extends the list, sorted() with a key
# that mutates its input, min/max/sum over a list emptied by __lt__/__add__,
# dict lookups whose __eq__ or __hash__ clears/rebuilds the dict, dict
# iteration mutated from __eq__, list.index/count/remove/__contains__ with
# an __eq__ that empties the list, deque rotation from __eq__, str.join
# over a generator that mutates the list being joined, heapq with a
# comparison that empties the heap, bisect with one that shrinks the list.
import re as _re


def shown(value):
    # Reprs end " at 0x<id>" as CPython's do; the id is no address, but it
    # depends on what asked for ids before: leave it out.
    return _re.sub(r' at 0x[0-9a-f]+', '', str(value))


import collections, heapq, bisect

data = []


class Clear:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        data.clear()
        return self.v < other.v

    def __eq__(self, other):
        data.clear()
        d.clear()
        dq.clear()
        return False

    def __hash__(self):
        return 1

    def __add__(self, other):
        data.clear()
        return 0

    __radd__ = __add__


class Grow(Clear):
    def __lt__(self, other):
        data.extend(Grow(i) for i in range(50))
        return self.v < other.v


d = {}
dq = collections.deque()


def attempt(label, action):
    data[:] = [Clear(i) for i in range(20)]
    d.clear()
    d.update({Clear(i): i for i in range(8)})
    dq.extend(Clear(i) for i in range(8))
    try:
        r = action()
        print(label, 'ok', type(r).__name__, len(data))
    except (ValueError, RuntimeError, IndexError, KeyError, TypeError) as e:
        print(label, type(e).__name__, shown(e))


attempt('sort clears', lambda: data.sort())
attempt('sort grows', lambda: (data.__setitem__(slice(None), [Grow(i) for i in range(20)]), data.sort()))
attempt('sorted key mutates', lambda: sorted(data, key=lambda x: (data.append(Clear(0)), x.v)[1]))
attempt('sort key clears', lambda: data.sort(key=lambda x: (data.clear(), x.v)[1]))
attempt('min', lambda: min(data))
attempt('max', lambda: max(data))
attempt('sum', lambda: sum(data))
attempt('dict get', lambda: d.get(Clear(99)))
attempt('dict setitem', lambda: d.__setitem__(Clear(99), 1))
attempt('dict pop', lambda: d.pop(Clear(99), None))
attempt('dict iterate', lambda: [k == k for k in d])
attempt('dict eq', lambda: d == {Clear(i): i for i in range(8)})
attempt('list index', lambda: data.index(Clear(99)))
attempt('list count', lambda: data.count(Clear(99)))
attempt('list remove', lambda: data.remove(Clear(99)))
attempt('list contains', lambda: Clear(99) in data)
attempt('list eq', lambda: data == [Clear(i) for i in range(20)])
attempt('deque index', lambda: dq.index(Clear(99)))
attempt('deque remove', lambda: dq.remove(Clear(99)))
attempt('deque count', lambda: dq.count(Clear(99)))
attempt('join mutates', lambda: ','.join(str(data.pop() and i) for i in range(30)))
attempt('heappush', lambda: heapq.heappush(data, Clear(-1)))
attempt('heapify', lambda: heapq.heapify(data))
attempt('heappop', lambda: heapq.heappop(data))
attempt('nsmallest', lambda: heapq.nsmallest(3, data))
attempt('bisect', lambda: bisect.bisect_left(data, Clear(5)))
attempt('insort', lambda: bisect.insort(data, Clear(5)))
attempt('set from list', lambda: set(data))
attempt('list.extend self', lambda: data.extend(x for x in data if len(data) < 200))
# expect-output: sort clears ok NoneType 0
# expect-output: sort grows ValueError list modified during sort
# expect-output: sorted key mutates ok list 0
# expect-output: sort key clears ok NoneType 0
# expect-output: min ValueError min() arg is an empty sequence
# expect-output: max ValueError max() arg is an empty sequence
# expect-output: sum ok int 0
# expect-output: dict get ok NoneType 0
# expect-output: dict setitem ok NoneType 0
# expect-output: dict pop ok NoneType 0
# expect-output: dict iterate RuntimeError dictionary changed size during iteration
# expect-output: dict eq ok bool 0
# expect-output: list index ValueError <__main__.Clear object> is not in list
# expect-output: list count ok int 0
# expect-output: list remove ValueError list.remove(x): x not in list
# expect-output: list contains ok bool 0
# expect-output: list eq ok bool 0
# expect-output: deque index RuntimeError deque mutated during iteration
# expect-output: deque remove IndexError deque mutated during iteration
# expect-output: deque count RuntimeError deque mutated during iteration
# expect-output: join mutates IndexError pop from empty list
# expect-output: heappush ok NoneType 1
# expect-output: heapify ok NoneType 0
# expect-output: heappop IndexError index out of range
# expect-output: nsmallest ok list 0
# expect-output: bisect ok int 0
# expect-output: insort ok NoneType 1
# expect-output: set from list ok set 0
# expect-output: list.extend self ok NoneType 0
