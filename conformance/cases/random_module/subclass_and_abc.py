# Behaviour the own-code rewrite of random.py pinned down: sample() on a
# collections.abc.Sequence that is not a built-in type, __reduce__ for
# pickling, _randbelow chosen per subclass, draw order of the rejection
# loops, and gauss's cached second value across getstate/setstate.
import random
from collections import abc


class Seq(abc.Sequence):
    def __init__(self, items):
        self._items = items

    def __len__(self):
        return len(self._items)

    def __getitem__(self, index):
        return self._items[index]


r = random.Random(2024)
print(r.sample(Seq([2, 4, 1, 3, 9]), k=3))
print(r.sample(range(10 ** 9), 8))
print(r.sample(['a', 'b', 'c'], counts=[3, 0, 2], k=4))

cls, args, state = r.__reduce__()
print(cls is random.Random, args, state[0], len(state[1]), state[2])
twin = cls(*args)
twin.setstate(state)
print(twin.random() == r.random())


class Lcg(random.Random):
    def __init__(self, x=1):
        self.x = x % 2147483647 or 1
        super().__init__(x)

    def seed(self, a=None, version=2):
        self.gauss_next = None

    def random(self):
        self.x = (self.x * 48271) % 2147483647
        return self.x / 2147483647


class Counting(random.Random):
    calls = 0

    def getrandbits(self, k):
        self.calls += 1
        return super().getrandbits(k)


class CountingChild(Counting):
    pass


print(Lcg._randbelow is random.Random._randbelow_without_getrandbits)
print(CountingChild._randbelow is random.Random._randbelow_with_getrandbits)
lcg = Lcg(99)
print([lcg.randrange(1000) for _ in range(5)], lcg.choice('abcdef'))
deck = list(range(12))
lcg.shuffle(deck)
print(deck, lcg.randint(-5, 5))
c = CountingChild(7)
print([c.randrange(5) for _ in range(10)], c.calls)

g = random.Random(5)
first = g.gauss(1.0, 2.0)
saved = g.getstate()
print(first, saved[2] is not None, g.gauss(1.0, 2.0))
g.setstate(saved)
print(g.gauss(1.0, 2.0), g.getstate()[2])
print([round(g.gammavariate(a, 1.5), 12) for a in (0.25, 1.0, 4.0)])
print(g.vonmisesvariate(1.0, 3.0), g.triangular(0, 10, 10), g.triangular(5, 5))
