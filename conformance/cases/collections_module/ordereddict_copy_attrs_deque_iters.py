# copy.copy of an OrderedDict keeps its instance attributes (CPython's
# __reduce__ carries __dict__), while .copy() does not; deque iterators are
# _collections types with a length hint.
import copy
from collections import OrderedDict, deque


class MyOD(OrderedDict):
    pass


for cls in (OrderedDict, MyOD):
    od = cls([('c', 1), ('b', 2)])
    od.x = ['x']
    shallow = copy.copy(od)
    deep = copy.deepcopy(od)
    print(cls.__name__, shallow, shallow.x is od.x, deep.x == od.x, deep.x is od.x)
    print(' ', hasattr(od.copy(), 'x'), vars(od))

d = deque([1, 2, 3])
it, rit = iter(d), reversed(d)
print(type(it), type(rit), type(rit).__name__, type(rit).__qualname__)
print(it.__length_hint__(), rit.__length_hint__())
print(next(it), next(rit), it.__length_hint__(), rit.__length_hint__())
print(list(it), list(rit), it.__length_hint__())
print(iter(it) is it, list(reversed(deque())), list(reversed(deque('abc'))))
it = iter(d)
next(it)
d.append(4)
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print('RuntimeError', e, it.__length_hint__())
done = iter(d)
list(done)
d.pop()
try:
    next(done)
except RuntimeError as e:
    print('after the end: RuntimeError', e)
print(type(it)(deque('abcd'), 2).__next__(), list(type(rit)(deque('abcd'), 1)))
