# A ring buffer implementing the sequence protocol: len, getitem with
# slices and negative indexes, setitem, delitem refused, contains,
# reversed, iteration and index/count via collections.abc.Sequence.
from collections.abc import Sequence, MutableSequence


class Ring(Sequence):
    def __init__(self, size):
        self._data = [None] * size
        self._start = 0
        self._len = 0

    def push(self, item):
        end = (self._start + self._len) % len(self._data)
        self._data[end] = item
        if self._len < len(self._data):
            self._len += 1
        else:
            self._start = (self._start + 1) % len(self._data)

    def __len__(self):
        return self._len

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("ring index out of range")
        return self._data[(self._start + i) % len(self._data)]

    def __repr__(self):
        return f"Ring({list(self)})"


r = Ring(4)
for n in range(1, 7):
    r.push(n * 10)
print(r, len(r), r[0], r[-1], r[1:3], r[::-1], r[::2])
print(30 in r, 10 in r, r.index(50), r.count(60), list(reversed(r)))
print(isinstance(r, Sequence), isinstance(r, MutableSequence), issubclass(Ring, Sequence))
try:
    r[4]
except IndexError as e:
    print("IndexError:", e)
try:
    r.index(99)
except ValueError as e:
    print("ValueError:", e)
for bad in (lambda: r.__setitem__(0, 1), lambda: r.__delitem__(0)):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
try:
    r[0] = 5
except TypeError as e:
    print("TypeError:", e)
print(sorted(r, reverse=True), max(r), sum(r), enumerate(r).__next__())
