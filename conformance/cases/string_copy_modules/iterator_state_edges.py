# Built-in iterators moved by __setstate__ to the edges of their index, and
# their length hints after the container changed size (found by fuzzing).
import copy
import itertools

# The __getitem__ iterator's index goes up to sys.maxsize: past 2**62 it is
# still the exact int, and at sys.maxsize next() refuses.
class Endless:
    def __getitem__(self, i):
        if 10 < i < 2**61:
            raise IndexError(i)
        return i

it = iter(Endless())
it.__setstate__(2**62 - 1)
print(next(it), next(it))
print(it.__reduce__()[2])
it.__setstate__(2**63 - 1)
print(it.__reduce__()[2])
try:
    next(it)
except OverflowError as e:
    print("OverflowError", e)
it.__setstate__(-5)
print(next(it), it.__reduce__()[2])

# A range iterator whose last step would pass the largest int64.
for x in range(2**63 - 2, 2**63 - 1, 5):
    print(x)
for x in range(-2**63 + 1, -2**63, -7):
    print(x)
it = iter(range(-2**63, 2**63 - 1, 2**61))
next(it)
it.__setstate__(6)
print([x for x in it])

# Dict and set iterators report no length once the size has changed.
d = {i: i for i in range(5)}
for view in (d, d.values(), d.items()):
    it = iter(view)
    next(it)
    print(it.__length_hint__())
d[99] = 1
it2 = iter(d)
del d[0]
for it in (iter(d), it2, reversed(d)):
    print(it.__length_hint__())
s = {1, 2, 3}
it = iter(s)
print(it.__length_hint__())
s.add(4)
print(it.__length_hint__())
s.discard(4)
print(it.__length_hint__())

# A range iterator's state converts through __index__.
class Two:
    def __index__(self):
        return 2

it = iter(range(5))
it.__setstate__(Two())
print(list(it))
for bad in ("x", 1.5):
    try:
        iter(range(5)).__setstate__(bad)
    except TypeError as e:
        print("TypeError", e)

# reversed() of a sequence whose __len__ is past 2**62.
class Huge:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        return i

r = reversed(Huge(2**62 + 5))
print(r.__reduce__()[2], next(r), next(r), r.__length_hint__())
r.__setstate__(2**63 - 1)
print(r.__reduce__()[2], next(r))
r = reversed(Huge(2**63 - 1))
print(next(r), r.__length_hint__())

# The __getitem__ iterator's length hint asks the sequence's __len__.
class Sized:
    def __init__(self):
        self.items = [1, 2, 3]
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]

class Unsized:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return i

s = Sized()
it = iter(s)
next(it)
print(it.__length_hint__())
it.__setstate__(10)
print(it.__length_hint__())
it.__setstate__(1)
s.items.append(4)
print(it.__length_hint__(), list(it), it.__length_hint__())
it = iter(Unsized())
print(it.__length_hint__(), list(it), it.__length_hint__())

class Counted:
    calls = 0
    def __len__(self):
        Counted.calls += 1
        return 2
    def __getitem__(self, i):
        if i > 1:
            raise IndexError(i)
        return i

print(list(iter(Counted())), tuple(iter(Counted())), Counted.calls)

# Which range iterator a range gives depends on its own fields, as in
# CPython: a stop past int64 makes a longrange_iterator even when every
# value fits, and so does a reversed range whose start - step does not fit.
for r in (range(-2**63, 2**63, 2**61), range(0, 2**63), range(2**63, 0, -1),
          range(-2**63, 2**63 - 1), range(5, 2**63 + 5, 2**62), range(-2**63, 0),
          range(-2**63, 0, -1), range(0, 2**63 - 1, 2**62), range(2**63 - 1, 0, -2**62),
          range(-2**63 + 1, 0), range(0, 10, -2**63)):
    print(type(iter(r)).__name__, type(reversed(r)).__name__, list(r[:2]),
          list(itertools.islice(reversed(r), 2)))
it = iter(range(0, 2**63, 2**61))
next(it)
it.__setstate__(2**64)
print(list(it))
print(type(iter(copy.copy(iter(range(-2**63, 2**63 - 1, 2**61))))).__name__)
