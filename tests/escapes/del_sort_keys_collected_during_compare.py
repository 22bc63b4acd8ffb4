# Key objects that only the native holds (list.sort's and sorted()'s key
# array, max/min's best key, groupby's current key, cmp_to_key wrappers,
# heapq's decorated entries) while their own __lt__/__eq__ make a
# collection due: the collection must see those keys as alive (they are
# rooted by the native), so no key is finalized or freed while the native
# still compares it; their finalizers, which wreck the key, run after.
# expect-output: [7, 6, 5, 4, 3, 2, 1, 0]
# expect-output: [7, 6, 5, 4, 3, 2, 1, 0]
# expect-output: 0 7
# expect-output: [(0, [0, 1]), (1, [2, 3])]
# expect-output: [0, 1, 2, 3, 4, 5]
# expect-output: [7, 6, 5] [0, 1, 2]
# expect-output: [1, 3, 5, 0, 2, 4]
# expect-output: 0
import itertools
def churn():
    junk = [bytes(10000) for j in range(1000)]
class Key:
    def __init__(self, v):
        self.v = v
        self.payload = [v] * 10
    def __lt__(self, o):
        churn()
        return self.v < o.v
    def __eq__(self, o):
        churn()
        return self.v == o.v
    def __del__(self):
        self.payload.clear()
        self.v = None
def key(x):
    return Key(-x)
print(sorted(range(8), key=key))
L = list(range(8)); L.sort(key=key); print(L)
print(max(range(8), key=key), min(range(8), key=key))
print([(k.v, list(g)) for k, g in itertools.groupby(range(4), key=lambda x: Key(x // 2))])
import functools
print(sorted(range(6), key=functools.cmp_to_key(lambda a, b: (churn(), a - b)[1])))
import heapq
print(heapq.nsmallest(3, range(8), key=key), heapq.nlargest(3, range(8), key=key))
print(list(heapq.merge(range(0, 6, 2), range(1, 6, 2), key=key)))
import bisect
print(bisect.bisect(list(range(8)), Key(-5), key=key))
