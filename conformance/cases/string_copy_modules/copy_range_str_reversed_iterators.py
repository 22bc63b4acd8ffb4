# copy and deepcopy of range, str and reversed() iterators through their
# __reduce__/__setstate__, and those methods' clamping and errors.
import copy
it = iter(range(2, 10, 3)); next(it); print(it.__reduce__())
c = copy.copy(it); print(list(c), list(it))
it = iter(range(2, 10**20, 3)); next(it); print(it.__reduce__())
it = iter(range(3)); list(it); print(it.__reduce__())
r = reversed(range(5)); next(r); print(r.__reduce__(), list(copy.deepcopy(r)))
it = iter(range(3)); it.__setstate__(10); print(list(it))
it = iter(range(3)); next(it); next(it); it.__setstate__(-10); print(list(it))
it = iter(range(3, 10**20)); it.__setstate__(10**30); print(it.__length_hint__()); it.__setstate__(-5); print(next(it))
it = iter(range(-2**63, 2**63 - 1, 2**62)); print(list(it)); it.__setstate__(1); print(list(it))
for s in ('héllo', 'hello'):
    it = iter(s); next(it); next(it); print(it.__reduce__(), list(copy.copy(it)), list(it))
    print(it.__reduce__())
    it = iter(s); it.__setstate__(3); print(list(it)); it = iter(s); it.__setstate__(-3); print(list(it))
    it = iter(s); it.__setstate__(30); print(list(it))
r = reversed('abc'); next(r); print(r.__reduce__(), list(copy.copy(r))); list(r); print(r.__reduce__())
r = reversed('aéc'); r.__setstate__(10); print(list(r)); r = reversed('aéc'); r.__setstate__(-10); print(list(r))
r = reversed('aéc'); r.__setstate__(1); print(list(r))
class S:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
r = reversed(S()); r.__setstate__(1); print(list(r))
r = reversed([1, 2, 3]); print(type(copy.copy(r)).__name__)
t = reversed((1, 2, 3)); next(t); print(list(copy.deepcopy(t)))
for bad in ('x', 2**70, 1.5):
    for it in (iter('ab'), reversed('ab'), iter(range(3))):
        try:
            it.__setstate__(bad)
        except (TypeError, OverflowError) as e:
            print(type(it).__name__, type(e).__name__, e)
it = iter(range(-2**63, 2**63 - 1, 2**62)); it.__setstate__(4); print(it.__reduce__()); it.__setstate__(2); print(list(it), it.__reduce__())
it = iter(range(5)); it.__setstate__(5); it.__setstate__(1); print(list(it))
