# Containers that hold themselves print `...` where CPython does, ChainMap's
# MutableMapping methods and operators, OrderedDict's keyword arguments, and
# set comparisons between the views of OrderedDict, ChainMap and dict.
from collections import ChainMap, OrderedDict, UserDict, UserList, defaultdict, deque

od = OrderedDict(a=1)
od['self'] = od
print(od)
d = deque([1])
d.append(d)
print(d, repr(deque([d], maxlen=3)))
dd = defaultdict(list)
dd['self'] = dd
print(dd)
cm = ChainMap({'a': 1})
cm['self'] = cm
print(cm)
ul = UserList([1])
ul.append(ul)
print(ul)


class Factory(defaultdict):
    def __init__(self):
        super().__init__()
        self.default_factory = self.make

    def make(self):
        return 0


print(Factory())

base = {'a': 1, 'b': 2}
cm = ChainMap({'b': 20}, base)
print(cm.popitem(), cm, cm.maps)
try:
    cm.popitem()
except KeyError as e:
    print('KeyError', e)
print(cm.setdefault('a', 5), cm.setdefault('z', 26), cm)
cm.update({'x': 1}, y=2)
cm.update([('w', 0)])
print(cm)
print(ChainMap.fromkeys('ab'), ChainMap.fromkeys('ab', 7))
left = ChainMap({'a': 1}, {'b': 2})
print(left | {'b': 3, 'c': 4}, {'a': 0, 'q': 9} | left)
print(left | ChainMap({'z': 0}))
left |= {'n': 1}
print(left, type(left).__name__)
try:
    left | [1]
except TypeError as e:
    print('TypeError', e)
print(ChainMap({'a': 1}) == {'a': 1}, ChainMap({'a': 1}) == ChainMap({}, {'a': 1}))
print(ChainMap({'a': 1}) != {'a': 2}, ChainMap() == [])

o = OrderedDict(a=1, b=2)
print(o.pop('a', default=0), o.pop('zz', default='none'), o.pop(key='b'))
print(o.setdefault('k', default=3), o.setdefault(key='k'), o)
print(OrderedDict.fromkeys('xy', value=0), OrderedDict.fromkeys(iterable='pq'))
try:
    o.pop('missing')
except KeyError as e:
    print('KeyError', e)

o = OrderedDict.fromkeys('abc')
print(o.keys() == dict(o).keys(), o.items() == dict(o).items())
print(o.keys() == {'a', 'b', 'c'}, o.keys() <= {'a', 'b', 'c', 'd'}, o.keys() < {'a', 'b', 'c'})
print(o.keys() >= {'a'}, o.keys() > {'a', 'b', 'c'}, {'a'} < o.keys())
print(dict(o).keys() == o.keys(), o.items() >= {('a', None)})
print(ChainMap({'a': 1}).keys() < {'a', 'b'}, ChainMap({'a': 1}).items() == {'a': 1}.items())
try:
    o.keys() < [1]
except TypeError as e:
    print('TypeError', e)

# Lookups subscript each map: a defaultdict among them makes its default.
from collections import defaultdict
counts = defaultdict(int)
chain = ChainMap(counts, {'x': 1})
print(chain['x'], chain['new'], dict(counts))
