# Set mixins: comparisons and operators from __contains__/__iter__/__len__,
# MutableSet's mutators from add/discard, and Set._hash.
from collections.abc import Set, MutableSet

class ListSet(Set):
    def __init__(self, items=()):
        self._items = []
        for x in items:
            if x not in self._items:
                self._items.append(x)
    def __contains__(self, x):
        return x in self._items
    def __iter__(self):
        return iter(self._items)
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return f"ListSet({self._items})"

a = ListSet([1, 2, 3])
b = ListSet([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, b - a)
print(a & [3, 9], a | [7], {9, 1} - a, [2, 5] & a)
print(a == ListSet([3, 2, 1]), a != b, a <= ListSet([1, 2, 3, 4]), a < a, a >= ListSet([1]),
      a > ListSet([1]))
print(a == {1, 2, 3}, {1, 2, 3} == a, a <= {1, 2, 3, 4}, frozenset([1, 2]) < a)
print(a.isdisjoint([7, 8]), a.isdisjoint(b), a == [1, 2, 3])
try:
    a & 5
except TypeError as e:
    print("TypeError", e)
try:
    a < [1]
except TypeError as e:
    print("TypeError", e)

class HashableSet(ListSet):
    __hash__ = Set._hash

print(hash(HashableSet([1, 2, 3])) == hash(frozenset([1, 2, 3])), hash(HashableSet()))
print(hash(HashableSet([1, 2, 3])), hash(HashableSet([-1, 10**20, 7])))
try:
    hash(a)
except TypeError as e:
    print("TypeError", e)

class Bits(MutableSet):
    def __init__(self, items=()):
        self.bits = 0
        for x in items:
            self.add(x)
    def __contains__(self, x):
        return bool(self.bits >> x & 1)
    def __iter__(self):
        return (i for i in range(self.bits.bit_length()) if self.bits >> i & 1)
    def __len__(self):
        return bin(self.bits).count("1")
    def add(self, x):
        self.bits |= 1 << x
    def discard(self, x):
        self.bits &= ~(1 << x)
    def __repr__(self):
        return f"Bits({list(self)})"

s = Bits([1, 3, 5])
s.remove(3)
print(s, s.pop(), s)
try:
    s.remove(30)
except KeyError as e:
    print("KeyError", e)
s |= [2, 4, 6]
print(s)
s &= {2, 4, 9}
print(s)
s ^= [4, 7]
print(s)
s -= [7]
print(s)
s ^= s
print(s)
s.add(8)
s -= s
print(s)
s.add(1)
s.clear()
print(s, len(s))
try:
    s.pop()
except KeyError as e:
    print("KeyError", repr(e))
