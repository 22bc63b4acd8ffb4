class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
c = Countdown(4)
print(list(c), sum(c), max(c), min(c), sorted(c), tuple(c), set(c) == {1,2,3,4})
print(list(enumerate(c, start=10)), list(zip(c, "abc")), dict(zip("ab", c)))
print(any(x > 3 for x in c), all(c), list(filter(None, [0, *c])), list(map(str, c)))
print("-".join(map(str, c)), 3 in c, list(reversed(list(c))))
a, *b, z = c
print(a, b, z)
it = iter(c)
print(next(it), next(it), list(it), list(it))
try:
    next(iter(Countdown(0)))
except StopIteration:
    print("StopIteration")
s = iter(lambda: 1, 1)
print(list(s))
vals = iter([3, 2, 1, 0, 5].__iter__().__next__, 0)
print(list(vals))
try:
    iter(5)
except TypeError as e:
    print("TypeError", e)
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError", e)
