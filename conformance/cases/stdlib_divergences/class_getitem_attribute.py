# __class_getitem__ is an attribute of the built-in types CPython gives one,
# not only what subscripting them calls.
import collections
import itertools
import re
import types

for t in (enumerate, types.MappingProxyType, re.Pattern, re.Match, BaseExceptionGroup,
          ExceptionGroup, itertools.chain, collections.deque, collections.defaultdict,
          list, tuple, dict, set, frozenset):
    cg = t.__class_getitem__
    alias = cg(int)
    print(t.__name__, type(cg).__name__, alias, alias == t[int], alias.__origin__ is t,
          '__class_getitem__' in dir(t), hasattr(t, '__class_getitem__'))
print(re.Pattern.__module__, re.Match.__module__, re.Pattern.__qualname__, re.Match.__name__)


class E(enumerate):
    pass


print(E.__class_getitem__(str), E[str])
for t in (enumerate, re.Pattern, types.MappingProxyType, itertools.chain):
    for args in ((), (int, str)):
        try:
            t.__class_getitem__(*args)
        except TypeError as e:
            print('TypeError', e)
for t in (zip, map, filter, reversed, range, str):
    print(t.__name__, hasattr(t, '__class_getitem__'))
