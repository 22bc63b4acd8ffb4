# collections' classes (and functools.partial, queue's queues,
# dataclasses.Field) take subscripts as CPython's do, so
# annotations evaluated at run time (module level, function signatures)
# work.
from collections import deque, defaultdict, OrderedDict, Counter, ChainMap, UserDict, UserList, UserString
import dataclasses
import functools
import queue

counts: defaultdict[str, int] = defaultdict(int)
window: deque[int] = deque(maxlen=2)
for word in 'a b a c'.split():
    counts[word] += 1
    window.append(len(counts))
print(counts, window)


def top(c: Counter[str], n: int) -> list[tuple[str, int]]:
    return c.most_common(n)


print(top(Counter('abracadabra'), 2), top.__annotations__['c'])
for alias in (deque[int], defaultdict[str, list[int]], OrderedDict[str, int], Counter[str],
              ChainMap[str, int], UserDict[str, int], UserList[int], UserString[str],
              functools.partial[int], queue.Queue[int], queue.SimpleQueue[str],
              queue.PriorityQueue[int], dataclasses.Field[int]):
    print(alias, alias.__origin__.__name__, alias.__args__)
made = deque[int]([1, 2])
print(made, type(made).__name__)


class Tally(Counter):
    pass


print(Tally[str], Tally[str]('aab'))
