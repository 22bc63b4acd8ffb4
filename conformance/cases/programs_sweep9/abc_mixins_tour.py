from collections.abc import Sequence, MutableMapping, Set, Iterable, Iterator, Hashable, Sized, Container, Callable, MutableSequence, Mapping
from collections import UserDict, UserList, UserString
import numbers
class Span(Sequence):
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if not -self.n <= i < self.n: raise IndexError("span index out of range")
        return (i % self.n) * 10
s = Span(4)
print(list(s), s[1:3], 20 in s, s.index(30), s.count(10), list(reversed(s)), isinstance(s, Iterable), isinstance(s, Hashable))
class LowerDict(MutableMapping):
    def __init__(self, *a, **k): self._d = {}; self.update(*a, **k)
    def __getitem__(self, k): return self._d[k.lower()]
    def __setitem__(self, k, v): self._d[k.lower()] = v
    def __delitem__(self, k): del self._d[k.lower()]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
    def __repr__(self): return f"LowerDict({self._d})"
ld = LowerDict({"A": 1}, B=2)
ld.setdefault("c", 3)
print(ld, ld["a"], "B" in ld, ld.get("Z", 0), ld.pop("b"), ld.popitem(), dict(ld.items()), ld == {"c": 3}, list(ld.keys()))
class Bits(Set):
    def __init__(self, it=()): self._s = frozenset(it)
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(sorted(self._s))
    def __len__(self): return len(self._s)
    def __repr__(self): return f"Bits({sorted(self._s)})"
a, b = Bits([1, 2, 3]), Bits([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= Bits([1, 2, 3, 4]), a == Bits([3, 2, 1]), a.isdisjoint([9]))
class Bad(Sequence): pass
try:
    Bad()
except TypeError as e:
    print(e)
print(isinstance(1, numbers.Integral), isinstance(1.0, numbers.Rational), isinstance(1j, numbers.Complex), issubclass(bool, numbers.Number), isinstance(len, Callable))
print(isinstance(iter([]), Iterator), isinstance([], Iterator), isinstance({}, Mapping), isinstance("", Sized), isinstance(3, Container), issubclass(list, MutableSequence))
ud = UserDict(a=1); ud["b"] = 2
print(ud, ud.data, len(ud), type(ud | {"c": 3}).__name__, ud.copy())
ul = UserList([3, 1, 2]); ul.sort(); ul.append(0)
print(ul, ul[1:], type(ul[1:]).__name__, ul + [9], ul * 2, ul.data, 3 in ul)
us = UserString("Hello")
print(us.upper(), us[1:], type(us.upper()).__name__, us + "!", us.find("l"), len(us), us == "Hello", "ell" in us)
