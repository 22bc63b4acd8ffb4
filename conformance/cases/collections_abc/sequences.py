# Sequence and MutableSequence mixins over __getitem__/__len__ (and
# __setitem__/__delitem__/insert).
from collections.abc import Sequence, MutableSequence

class Evens(Sequence):
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Evens index out of range")
        return 2 * i
    def __len__(self):
        return self.n

e = Evens(5)
print(list(e), 4 in e, 5 in e, list(reversed(e)), e.index(6), e.count(4), e.count(3))
print(e.index(4, 1), e.index(4, -4), e.index(6, 0, 4))
for args in [(5,), (2, 2), (8, 0, -1)]:
    try:
        e.index(*args)
    except ValueError as err:
        print("ValueError", repr(err))
print(max(e), sorted(e, reverse=True), tuple(e), len(e))

class Stack(MutableSequence):
    def __init__(self, items=()):
        self._items = list(items)
    def __getitem__(self, i):
        return self._items[i]
    def __setitem__(self, i, v):
        self._items[i] = v
    def __delitem__(self, i):
        del self._items[i]
    def __len__(self):
        return len(self._items)
    def insert(self, i, v):
        self._items.insert(i, v)
    def __repr__(self):
        return f"Stack({self._items})"

s = Stack([3, 1])
s.append(4)
s.extend([1, 5])
print(s, s.pop(), s.pop(0), s)
s.remove(1)
s.reverse()
print(s)
s += [9, 2]
print(s, s.index(9), 9 in s)
s.extend(s)
print(s)
try:
    s.remove(42)
except ValueError as err:
    print("ValueError", repr(err))
s.clear()
print(s, len(s))
try:
    s.pop()
except IndexError as err:
    print("IndexError", err)
