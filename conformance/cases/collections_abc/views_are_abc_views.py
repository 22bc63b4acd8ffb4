# UserDict and ChainMap views are collections.abc's own classes (one module,
# _collections_abc, behind collections and collections.abc), and importing
# collections or using Counter does not bind collections.abc.
import collections
print(hasattr(collections, 'abc'))
from collections import UserDict, OrderedDict, ChainMap, Counter
print(type(UserDict().keys()), UserDict(a=1).keys(), UserDict(a=1).items(), UserDict(a=1).values())
print(type(ChainMap().keys()), type(ChainMap().values()), type(ChainMap().items()))
c = Counter(UserDict(a=3))
print(c, hasattr(collections, 'abc'))
import collections.abc as a
print(a.KeysView.__module__, a.KeysView.__qualname__, a.KeysView(UserDict(a=1)))
print(type(UserDict(a=1).keys()) is a.KeysView, isinstance(UserDict().keys(), a.Set))
print(UserDict(a=1).keys() == {'a'}, sorted(UserDict(a=1).keys() | {'b'}), type(UserDict(a=1).keys() | {'b'}))
print(OrderedDict(a=1).keys(), OrderedDict(a=1).keys() | {'b'} == {'a','b'}, isinstance(OrderedDict().keys(), a.KeysView))
print(hasattr(collections, 'abc'), collections.abc is a)
import _collections_abc
print(_collections_abc.__name__, _collections_abc.Mapping is a.Mapping, a.__name__)
print(sorted(n for n in dir(a) if not n.startswith('__')))
match UserDict(a=1):
    case {'a': v}: print('map', v)
match collections.deque([1, 2]):
    case [x, y]: print('seq', x, y)
match collections.UserString('ab'):
    case [x, y]: print('seq', x, y)
    case _: print('no')
