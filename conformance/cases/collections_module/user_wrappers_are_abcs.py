# UserDict and ChainMap derive from MutableMapping, UserList from
# MutableSequence and UserString from Sequence, as in CPython: their
# metaclass, dir(), and the methods the ABCs give them.
from collections import UserDict, UserList, UserString, ChainMap
from collections import abc

for cls, base, args in [(UserDict, abc.MutableMapping, ()), (ChainMap, abc.MutableMapping, ()),
                        (UserList, abc.MutableSequence, ()), (UserString, abc.Sequence, ('',))]:
    obj = cls(*args)
    print(cls.__name__, type(cls).__name__, issubclass(cls, base), isinstance(obj, base))
    print(sorted(n for n in dir(obj) if not n.startswith('__')))
    print(len(dir(obj)), '__reversed__' in dir(cls), '__abstractmethods__' in dir(cls))

d = UserDict(a=1)
print(d.get('a'), d.get('z', 0), d.setdefault('b', 2), d.pop('a'), d.popitem(), d)
d.update({'x': 1}, y=2)
print(d, d == {'x': 1, 'y': 2}, d != {'x': 1}, list(d.keys()), list(d.items()))
print(type(d.keys()).__name__, type(d.values()).__module__)
try:
    d.popitem(); d.popitem(); d.popitem()
except KeyError as e:
    print('KeyError', e)
try:
    hash(d)
except TypeError as e:
    print(e)


class Logged(UserDict):
    def __setitem__(self, key, value):
        print('set', key, value)
        super().__setitem__(key, value)


logged = Logged({'a': 1})
logged.update(b=2)
logged.setdefault('c', 3)
print(logged)

s = UserString('1.5')
print(complex(UserString('2+3j')), float(s), s.__getnewargs__(), s.count('.'), s.index('5'))
print(UserList([1, 2]) < [1, 3], UserList([3, 1, 2]).index(1), list(reversed(UserList('ab'))))
print(list(reversed(UserString('abc'))), 'b' in UserString('abc'))
chain = ChainMap({'a': 1}, {'b': 2, 'a': 3})
print(list(chain.keys()), list(chain.items()), list(chain.values()), chain.keys())
print([name in ChainMap.__dict__ for name in ('get', 'keys', 'items', 'values', 'pop')])
print([name in UserDict.__dict__ for name in ('get', 'keys', 'pop', 'update', '__contains__')])
