# A tee's next() re-entered while it fetches from its input raises.
import itertools


class Reenter:
    def __init__(self, same):
        self.same = same
        self.tees = None
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 5:
            raise StopIteration
        if self.n == 2:
            a, b = self.tees
            next(a if self.same else b)
        return self.n


for same in (True, False):
    src = Reenter(same)
    a, b = itertools.tee(src)
    src.tees = (a, b)
    print(next(a), next(b))
    try:
        print(next(a))
    except RuntimeError as e:
        print('RuntimeError', e)
    print(list(a), list(b))

# Reading a value already fetched, from inside the fetch, is fine.
class Behind:
    def __init__(self):
        self.n = 0
        self.other = None

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        if self.n == 2:
            print('behind reads', next(self.other))
        return self.n


src = Behind()
a, b = itertools.tee(src)
src.other = b
print(next(a), next(a), list(a), list(b))

# Two separate tees of one iterator do not share the guard.
class Nested:
    def __init__(self):
        self.n = 0
        self.inner = None

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 4:
            raise StopIteration
        if self.n == 1:
            print('inner', next(self.inner[0]))
        return self.n


src = Nested()
outer = itertools.tee(src)
src.inner = itertools.tee(src)
print(list(outer[0]), list(outer[1]), list(src.inner[1]))
