class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c), next(c, "done"), iter(c) is c)
class Reusable:
    def __init__(self, data): self.data = data
    def __iter__(self): yield from self.data
r = Reusable("ab")
print(list(r), list(r), [x + y for x in r for y in r], dict.fromkeys(r), sorted(r, reverse=True), max(r))
it = iter(range(5))
print(next(it), list(zip(it, it)), list(it))
it2 = iter([1, 2, 3, 4, 5, 6])
print(list(zip(*[it2] * 2)))
calls = iter(lambda: next(gen), 3)
gen = iter([1, 2, 3, 4])
print(list(calls))
e = enumerate("xyz", 1)
print(next(e), list(e), list(enumerate([])))
m = map(str.upper, "ab"); f = filter(None, [0, 1, "", "a"]); z = zip("ab", [1, 2, 3])
print(list(m), list(m), list(f), list(z), list(reversed(range(3))), list(reversed("abc")), list(reversed((1, 2))))
print(sum(x for x in range(5)), any(x > 3 for x in range(5)), all([]), min((x for x in "hello"), key=ord), sorted(iter({3, 1, 2})))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), list(reversed(Seq())), 20 in Seq(), iter(Seq()).__class__.__name__, sorted(Seq(), reverse=True))
class NotIter:
    __iter__ = None
try:
    iter(NotIter())
except TypeError as e:
    print(e)
try:
    for x in 5: pass
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)
try:
    a, b = Countdown(5)
except ValueError as e:
    print(e)
a, *b = Countdown(4); print(a, b)
import itertools
print(list(itertools.islice(Countdown(10), 2, 8, 2)), list(itertools.chain(Countdown(2), "z")), list(itertools.zip_longest(Countdown(2), [9] * 3)))
print(list(itertools.accumulate(Countdown(4))), list(itertools.cycle("ab"))[:0] if False else list(itertools.islice(itertools.cycle("ab"), 5)))
