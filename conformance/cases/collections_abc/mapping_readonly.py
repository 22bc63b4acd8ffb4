# A read-only Mapping: three definitions give the lookup methods; there is
# no __setitem__, and __reversed__ is None.
from collections.abc import Mapping

class Squares(Mapping):
    def __init__(self, n):
        self.n = n
    def __getitem__(self, key):
        if isinstance(key, int) and 0 <= key < self.n:
            return key * key
        raise KeyError(key)
    def __iter__(self):
        return iter(range(self.n))
    def __len__(self):
        return self.n
    def __repr__(self):
        return f"Squares({self.n})"

s = Squares(4)
print(s[3], s.get(9), 2 in s, 7 in s, list(s.items()), dict(s))
print(s == {0: 0, 1: 1, 2: 4, 3: 9}, s == Squares(4), s == Squares(3))
print(sorted(s.keys() ^ {3, 5}), s.values())
try:
    s[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    reversed(s)
except TypeError as e:
    print("TypeError", e)
try:
    hash(s)
except TypeError as e:
    print("TypeError", e)
print(Squares.__reversed__, Squares.__hash__)
