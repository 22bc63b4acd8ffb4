# NotImplemented in a boolean context makes the VM issue a
# DeprecationWarning through the script's warnings module from inside
# native predicates (filter, any, dropwhile, takewhile, compress, `in`
# through __contains__, truth tests in comprehensions). The showwarning hook
# clears the list, dict or deque the native is iterating at that moment.
# The natives must notice (CPython's answers: stop early or raise
# RuntimeError) and never read past the container's new end.
import warnings, itertools, collections, heapq, functools
victims = []
def hook(*a, **k):
    for v in victims:
        v.clear()
warnings.showwarning = hook
warnings.simplefilter('always')
def t(label, fn):
    try:
        r = fn()
        print(label, 'ran:', repr(r)[:80])
    except Exception as e:
        print(label, type(e).__name__, str(e)[:80])
NI = lambda x: NotImplemented
l = list(range(100)); victims[:] = [l]
t('filter', lambda: list(filter(NI, l)))
l = list(range(100)); victims[:] = [l]
t('any', lambda: any(NotImplemented for _ in l))
l = list(range(100)); victims[:] = [l]
t('dropwhile', lambda: list(itertools.dropwhile(NI, l)))
l = list(range(100)); victims[:] = [l]
t('takewhile', lambda: list(itertools.takewhile(NI, l)))
l = list(range(100)); victims[:] = [l]
t('filterfalse', lambda: list(itertools.filterfalse(NI, l)))
l = list(range(100)); victims[:] = [l]
t('compress', lambda: list(itertools.compress(l, [NotImplemented]*100)))
class C:
    def __contains__(self, x): return NotImplemented
d = dict.fromkeys(range(100)); victims[:] = [d]
t('dict comp', lambda: {k: (k in C()) for k in d})
l = list(range(100)); victims[:] = [l]
class E:
    def __eq__(self, o):
        return X()
class X:
    def __bool__(self): return NotImplemented
t('count', lambda: l.count(E()))
l = list(range(100)); victims[:] = [l]
t('sort key', lambda: l.sort(key=lambda x: (x in C(), x)))
l = [[1,2]] * 50; victims[:] = [l]
t('not NI', lambda: [not NotImplemented for _ in l])
dq = collections.deque(range(100)); victims[:] = [dq]
t('deque iter', lambda: [x for x in dq if NotImplemented])
# expect-output: filter ran: [0]
# expect-output: any ran: True
# expect-output: dropwhile ran: []
# expect-output: takewhile ran: [0]
# expect-output: filterfalse ran: []
# expect-output: compress ran: [0]
# expect-output: dict comp RuntimeError dictionary changed size during iteration
# expect-output: count TypeError __bool__ should return bool, returned NotImplementedType
# expect-output: sort key ran: None
# expect-output: not NI ran: [False]
# expect-output: deque iter RuntimeError deque mutated during iteration
