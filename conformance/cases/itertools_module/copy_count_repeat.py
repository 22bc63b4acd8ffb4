# count's and repeat's __reduce__, with which copy and deepcopy rebuild them.
import copy, itertools
c = itertools.count(5); next(c); print(c.__reduce__(), next(copy.copy(c)), next(c))
print(itertools.count(1.5, 0.5).__reduce__(), itertools.count(2, 3).__reduce__())
print(itertools.count(True).__reduce__())
c = itertools.count(2**63 - 2); next(c); next(c); print(c.__reduce__())
r = itertools.repeat('a', 3); next(r); print(r.__reduce__(), list(copy.deepcopy(r)), list(r))
print(itertools.repeat([1]).__reduce__(), itertools.repeat(1, -5).__reduce__())
class C(itertools.count):
    pass
print(C(3).__reduce__()[0] is C, type(copy.copy(C(3))).__name__)
