# A deque changed while it is searched or iterated raises as CPython's does;
# an iterator made before a change fails on its next item. namedtuple takes
# a field named cls, and an OrderedDict view inside its own dict shows `...`.
from collections import OrderedDict, deque, namedtuple


class ClearsOnCompare:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.clear()
        return False


for method in ('index', 'count', 'remove', '__contains__'):
    d = deque(range(5))
    d[2] = ClearsOnCompare(d)
    try:
        getattr(d, method)(9)
    except (RuntimeError, IndexError) as e:
        print(method, type(e).__name__, e)

d = deque('abc')
print(d.index('c'), d.count('a'), 'b' in d, 'z' in d)
d.remove('b')
print(d)
for bad in ('index', 'remove'):
    try:
        getattr(d, bad)('z')
    except ValueError as e:
        print(bad, 'ValueError', e)

for change in ('append', 'pop', 'appendleft', 'popleft'):
    d = deque('abcdefg')
    it, rit = iter(d), reversed(d)
    next(it)
    if change in ('append', 'appendleft'):
        getattr(d, change)('x')
    else:
        getattr(d, change)()
    for iterator in (it, rit):
        try:
            next(iterator)
            print(change, 'no error')
        except RuntimeError as e:
            print(change, 'RuntimeError', e)

empty = deque()
it = iter(empty)
empty.append(10)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
d = deque([1, 2])
it = iter(d)
d[0] = 5
print(list(it))

Call = namedtuple('Call', ['cls', 'self', 'args'])
print(Call(1, 2, 3), Call(cls='c', self='s', args=()), Call._make([1, 2, 3]))
try:
    Call(1, 2, 3, cls=4)
except TypeError as e:
    print('TypeError', e)

od = OrderedDict(a=1)
od['values'] = od.values()
od['keys'] = od.keys()
od['items'] = od.items()
print(od)
