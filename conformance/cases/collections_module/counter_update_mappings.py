# Counter's constructor, update() and subtract() take the counts of any
# collections.abc.Mapping (not just dicts) and count the elements of other
# iterables; a subclass's __setitem__ sees every write except the fill of an
# empty counter from a mapping.
import collections
import collections.abc as abc
import types
from collections import ChainMap, Counter, UserDict


class Table(abc.Mapping):
    def __init__(self, data):
        self.data = data

    def __getitem__(self, key):
        return self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)


class LoudCounter(Counter):
    def __setitem__(self, key, value):
        print('  set', key, value)
        super().__setitem__(key, value)


class KeysOnly:
    # Has keys() but is no Mapping: Counter iterates it.
    def keys(self):
        return ['a']

    def __getitem__(self, key):
        return 7

    def __iter__(self):
        return iter('zz')


mappings = (UserDict(a=3), ChainMap({'a': 2}, {'b': 1}), Table({'a': 5}),
            types.MappingProxyType({'a': 4}))
for mapping in mappings:
    print(type(mapping).__name__, Counter(mapping))
    counter = Counter('ab')
    counter.update(mapping)
    print(' update', counter)
    counter.subtract(mapping)
    print(' subtract', counter)
print(Counter(KeysOnly()))

print('constructor from an iterable')
loud = LoudCounter('aba')
print('constructor from a mapping')
loud = LoudCounter({'x': 2})
print('constructor from keywords')
loud = LoudCounter(y=3)
print('update from an iterable')
loud.update('xx')
print('update from a mapping')
loud.update(UserDict(x=1, z=1))
print('update of an empty counter from a counter')
empty = LoudCounter()
empty.update(Counter(q=1))
print('subtract')
loud.subtract('x')
loud.subtract(Table({'z': 1}))
print(loud, empty)


class LoudGet(Counter):
    def get(self, key, default=None):
        print('  get', key)
        return super().get(key, default)


print('get override')
counted = LoudGet('ab')
counted.update({'a': 1})
print(counted)


class LoudDict(dict):
    def __setitem__(self, key, value):
        print('  dict set', key, value)
        dict.__setitem__(self, key, value)


counts = LoudDict()
collections._count_elements(counts, 'abca')
print(counts)
for mapping, iterable in (({}, 5), (1, 'a'), (1, 5)):
    try:
        collections._count_elements(mapping, iterable)
    except (TypeError, AttributeError) as error:
        print(type(error).__name__, error)
print(UserDict(a=1) == Table({'a': 1}), ChainMap({'a': 1}) == Table({'a': 1}))
print(ChainMap({'a': 1}) | Table({'b': 2}), Table({'b': 2}) | ChainMap({'a': 1}))
