# deque's and OrderedDict's operators and arguments with wrong operands: CPython's
# messages, with the C types' names ('collections.deque'...).
from collections import OrderedDict, deque, defaultdict, Counter
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
def ior(a, b):
    a |= b
    return a
def imul(a, b):
    a *= b
    return a
for a in [Counter('ab'), OrderedDict(a=1), defaultdict(int), deque('ab')]:
    for b in [1, 'x', [1], None, {'a': 1}, Counter('a'), 2.0, deque('c')]:
        t(lambda: a | b); t(lambda: b | a); t(lambda: ior(a.copy(), b))
for b in [2, 'x', [1], 2.0, deque('c'), True, None]:
    t(lambda: deque('ab') * b); t(lambda: b * deque('ab')); t(lambda: imul(deque('ab'), b))
t(lambda: deque([1], 1).insert('a', 1)); t(lambda: deque(x=1)); t(lambda: deque([], 1, 2)); t(lambda: deque([], iterable=1)); t(lambda: deque(maxlen=2, iterable=[1,2,3]))
for f in [lambda: OrderedDict().foo, lambda: deque() < 1, lambda: hash(deque()), lambda: defaultdict().foo,
          lambda: OrderedDict(1, 2), lambda: OrderedDict(['ab', 'cd'], x=1), lambda: OrderedDict(['a']),
          lambda: OrderedDict([(1, 2, 3)]), lambda: OrderedDict([()]), lambda: OrderedDict(1),
          lambda: OrderedDict(a=1).update({'b': 2}, {}), lambda: type(deque()).__name__,
          lambda: deque.__qualname__, lambda: repr(deque), lambda: repr(OrderedDict)]:
    t(f)
