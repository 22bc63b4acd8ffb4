# Errors of collections, math, functools, operator, json, heapq, bisect, string, statistics, fractions and decimal calls (1 of 5): each check prints the result or the
# exception's type and message, as CPython 3.11's.
import collections, math, functools, operator, json, heapq, bisect, string, statistics, fractions, decimal
class I:
    def __index__(self): return 2


def check(label, fn):
    try:
        print(label, '->', repr(fn())[:200])
    except Exception as e:
        print(label, '->', type(e).__name__, str(e)[:300])


check('collections.deque(1)', lambda: collections.deque(1))
check('collections.deque([], -1)', lambda: collections.deque([], -1))
check("collections.deque([], 'a')", lambda: collections.deque([], 'a'))
check('collections.deque([1]).index(5)', lambda: collections.deque([1]).index(5))
check('collections.deque([1]).remove(5)', lambda: collections.deque([1]).remove(5))
check("collections.deque([1]).rotate('a')", lambda: collections.deque([1]).rotate('a'))
check('collections.deque([1])[5]', lambda: collections.deque([1])[5])
check('collections.deque().pop()', lambda: collections.deque().pop())
check('collections.deque().popleft()', lambda: collections.deque().popleft())
check('collections.deque([1], maxlen=1).insert(0, 2)', lambda: collections.deque([1], maxlen=1).insert(0, 2))
check('collections.Counter(1)', lambda: collections.Counter(1))
check("collections.Counter(a=1).most_common('a')", lambda: collections.Counter(a=1).most_common('a'))
check("collections.Counter('ab') + 1", lambda: collections.Counter('ab') + 1)
check('collections.OrderedDict().popitem()', lambda: collections.OrderedDict().popitem())
check("collections.OrderedDict().move_to_end('k')", lambda: collections.OrderedDict().move_to_end('k'))
check('collections.defaultdict(1)', lambda: collections.defaultdict(1))
