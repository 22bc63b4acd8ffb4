# Callbacks that empty or refill the structure a stdlib helper is working
# on: json.dumps's default= clearing the list or dict being encoded and
# sort_keys keys whose __lt__ mutate the dict; heapq.merge / nsmallest /
# nlargest keys clearing their inputs; bisect keys resizing the list being
# searched; sorted keys detaching the list; a dataclass field __eq__ that
# deletes the other instance's fields mid-comparison and an order=True
# __lt__ that swaps the class's __dataclass_fields__; csv rows whose cells'
# __str__ clear the rows. Each must answer from what it read or raise a
# Python error, never read a freed or shrunk buffer.
import bisect
import csv
import dataclasses
import heapq
import io
import json


def attempt(label, fn):
    try:
        print(label, 'ran:', repr(fn())[:100])
    except (TypeError, ValueError, RuntimeError, IndexError, AttributeError, KeyError) as e:
        print(label, type(e).__name__, str(e)[:100])


class Opaque:
    pass


data = [1, Opaque(), [2, Opaque()], 3]
attempt('json default clears list', lambda: json.dumps(data, default=lambda o: data.clear() or 'x'))
mapping = {'a': Opaque(), 'b': 2, 'c': [Opaque()]}
attempt('json default clears dict', lambda: json.dumps(mapping, default=lambda o: mapping.clear() or 0))


class Key(str):
    def __lt__(self, other):
        keyed.pop(next(iter(keyed)), None)
        return str.__lt__(self, other)

    __hash__ = str.__hash__


keyed = {Key('b'): 1, Key('a'): 2, Key('c'): 3}
attempt('json sort_keys mutating', lambda: json.dumps(keyed, sort_keys=True))
lists = [list(range(0, 50, 2)), list(range(1, 50, 2))]


def merge_key(x):
    for lst in lists:
        lst.clear()
    return x


attempt('heapq.merge key clears', lambda: list(heapq.merge(*lists, key=merge_key)))
pool = list(range(100))
attempt('nsmallest key clears', lambda: heapq.nsmallest(5, pool, key=lambda x: pool.clear() or -x))
pool = list(range(100))
attempt('nlargest key clears', lambda: heapq.nlargest(5, pool, key=lambda x: pool.clear() or x))
heap = list(range(20))


class Shrinks:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        heap.clear()
        return True


heap = [Shrinks(i) for i in range(20)]
attempt('heappush shrinks', lambda: heapq.heappush(heap, Shrinks(-1)) or len(heap))
heap = [Shrinks(i) for i in range(20)]
attempt('heapify shrinks', lambda: heapq.heapify(heap) or len(heap))
heap = [Shrinks(i) for i in range(20)]
attempt('heappushpop shrinks', lambda: type(heapq.heappushpop(heap, Shrinks(50))).__name__)
ordered = list(range(100))
attempt('bisect key resizes', lambda: bisect.bisect_left(ordered, 50, key=lambda x: ordered.clear() or x))
ordered = list(range(100))
attempt('insort key refills', lambda: bisect.insort(ordered, 50, key=lambda x: ordered.extend(range(5)) or x) or len(ordered))
victim = list(range(30))
attempt('sorted key clears', lambda: sorted(victim, key=lambda x: victim.clear() or -x)[:3])
victim = list(range(30))
attempt('sort key appends', lambda: victim.sort(key=lambda x: victim.append(x) or x))


@dataclasses.dataclass(order=True)
class Point:
    x: object
    y: object


class Deleter:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        self.target.__dict__.clear()
        return True

    def __lt__(self, other):
        Point.__dataclass_fields__ = {}
        return False

    __hash__ = None


p, q = Point(0, 1), Point(0, 1)
p.x = Deleter(q)
attempt('dataclass eq deletes fields', lambda: (p == q, vars(q)))
p, q = Point(0, 1), Point(0, 2)
p.x = Deleter(q)
attempt('dataclass lt swaps fields', lambda: (p < q, p <= q))
rows = []


class Cell:
    def __str__(self):
        rows.clear()
        return 'cell'


rows.extend([[Cell(), Cell()], [Cell()], [Cell(), 1]])
out = io.StringIO()
attempt('csv writerows clears', lambda: (csv.writer(out).writerows(rows), out.getvalue()))
# expect-output: json default clears list ran: '[1, "x"]'
# expect-output: json default clears dict ran: '{"a": 0, "b": 2, "c": [0]}'
# expect-output: json sort_keys mutating ran: '{"a": 2, "b": 1, "c": 3}'
# expect-output: heapq.merge key clears ran: [0]
# expect-output: nsmallest key clears ran: [0]
# expect-output: nlargest key clears ran: [0]
# expect-output: heappush shrinks RuntimeError list changed size during iteration
# expect-output: heapify shrinks RuntimeError list changed size during iteration
# expect-output: heappushpop shrinks IndexError index out of range
# expect-output: bisect key resizes IndexError list index out of range
# expect-output: insort key refills ran: 141
# expect-output: sorted key clears ran: [29, 28, 27]
# expect-output: sort key appends ValueError list modified during sort
# expect-output: dataclass eq deletes fields ran: (True, {})
# expect-output: dataclass lt swaps fields AttributeError 'Point' object has no attribute 'x'
# expect-output: csv writerows clears ran: (None, 'cell,cell\r\n')
