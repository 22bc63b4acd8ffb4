# bisect reads items as PySequence_GetItem does: its own messages for
# objects without indexing and for C mappings; nothing read, no error.
import bisect
from collections import Counter, OrderedDict, defaultdict


class LenOnly:
    def __len__(self):
        return 4


class Mapping(dict):
    pass


cases = [LenOnly(), {0: 1, 1: 2}, {}, OrderedDict({0: 1}), defaultdict(int, {0: 1}),
         Counter({0: 1}), Mapping({0: 5}), [1, 3, 5]]
for a in cases:
    for f in (bisect.bisect, bisect.bisect_left, bisect.insort):
        try:
            print(type(a).__name__, f.__name__, f(a, 2))
        except (TypeError, AttributeError) as e:
            print(type(a).__name__, f.__name__, type(e).__name__, e)
try:
    LenOnly()[0]
except TypeError as e:
    print('subscript:', e)
print(bisect.bisect(LenOnly(), 1, 2, 2))
print(bisect.bisect({}, 1, 0, 0))
try:
    bisect.bisect({0: 1}, 1, 0, 1)
except TypeError as e:
    print('with hi:', e)
