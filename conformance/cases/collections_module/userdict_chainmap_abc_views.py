# UserDict's, ChainMap's and OrderedDict's keys(), items() and values() are
# collections.abc KeysView/ItemsView/ValuesView (keys and items a Set too) and
# do set operations.
import collections.abc as abc
from collections import ChainMap, OrderedDict, UserDict

d = UserDict(a=1, b=2)
chain = ChainMap({'a': 1}, {'b': 2})
for mapping in (d, chain):
    keys, items, values = mapping.keys(), mapping.items(), mapping.values()
    print(isinstance(keys, abc.KeysView), isinstance(items, abc.ItemsView),
          isinstance(values, abc.ValuesView))
    print(isinstance(keys, abc.Set), isinstance(items, abc.Set), isinstance(values, abc.Set))
    print(isinstance(values, abc.Collection), isinstance(keys, abc.MappingView))
    print(sorted(keys), sorted(items), sorted(values))

keys, items, values = d.keys(), d.items(), d.values()
print(repr(keys), repr(items), repr(values))
print(sorted(keys & {'a', 'z'}), sorted(keys | ['z']), sorted(keys - {'a'}), sorted(keys ^ {'a', 'q'}))
print(sorted({'a', 'c'} - keys), sorted(['b', 'x'] & keys))
print(sorted(items & {('a', 1), ('b', 3)}), sorted(items - {('a', 1)}))
print(keys == {'a', 'b'}, keys == {'a'}, keys <= {'a', 'b', 'c'}, keys < {'a', 'b'})
print(items == dict(a=1, b=2).items(), keys == dict(b=0, a=0).keys())
print(keys.isdisjoint(['x']), keys.isdisjoint('ab'), ('a', 1) in items, ('a', 2) in items, 2 in values)
try:
    hash(keys)
except TypeError as error:
    print(error)
d['c'] = 3
print(len(keys), sorted(keys))

ordered = OrderedDict(a=1, b=2)
print(isinstance(ordered.keys(), abc.KeysView), isinstance(ordered.items(), abc.ItemsView),
      isinstance(ordered.values(), abc.ValuesView))
print(issubclass(type(ordered.keys()), abc.Set), issubclass(type(ordered.values()), abc.Set))
print(ordered.keys() == UserDict(b=0, a=0).keys(), UserDict(a=1, b=2).items() == ordered.items())
