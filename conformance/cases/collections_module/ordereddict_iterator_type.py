# An OrderedDict and its views iterate with odict_iterator, either way,
# and a change of its keys while one runs is CPython's RuntimeError.
from collections import OrderedDict

od = OrderedDict(a=1, b=2, c=3)
for make in (lambda: iter(od), lambda: reversed(od), lambda: iter(od.keys()),
             lambda: iter(od.values()), lambda: iter(od.items()),
             lambda: reversed(od.keys()), lambda: reversed(od.values()),
             lambda: reversed(od.items())):
    it = make()
    print(type(it).__name__, type(it).__module__, list(it), list(it))
print(type(od.keys()).__name__, type(od.values()).__name__, type(od.items()).__name__)
try:
    type(iter(od))()
except TypeError as e:
    print('TypeError', e)


def mutate(change):
    d = OrderedDict(a=1, b=2)
    it = iter(d)
    try:
        for k in it:
            change(d, k)
        print('done', list(d.items()))
    except RuntimeError as e:
        print('RuntimeError', e, list(it))


mutate(lambda d, k: d.__setitem__('c', 3))
mutate(lambda d, k: d.__delitem__('b') if 'b' in d else None)
mutate(lambda d, k: d.move_to_end('a'))
mutate(lambda d, k: d.__setitem__(k, 5))
print(OrderedDict(a=1, b=2).popitem(), OrderedDict(a=1, b=2).popitem(last=False))
print(list(OrderedDict(x=1, y=2)), dict(OrderedDict(x=1, y=2)), [*OrderedDict(p=0)])
