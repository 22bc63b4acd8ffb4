class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


c = Countdown(3)
print(list(c), list(c))
print(next(Countdown(2)), next(iter(Countdown(0)), "empty"))


class Range2:
    """Re-iterable: __iter__ returns a fresh iterator each time."""

    def __init__(self, start, stop, step=1):
        self.start, self.stop, self.step = start, stop, step

    def __iter__(self):
        return Range2Iter(self)

    def __len__(self):
        return max(0, (self.stop - self.start + self.step - 1) // self.step)


class Range2Iter:
    def __init__(self, r):
        self.r = r
        self.i = r.start

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.r.stop:
            raise StopIteration
        v = self.i
        self.i += self.r.step
        return v


r = Range2(2, 11, 3)
print(list(r), list(r), len(r), sum(r), [x * y for x in r for y in Range2(0, 2)])
it = iter(r)
print(next(it), next(it), list(it))


class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        a, b = 0, 1
        while a <= self.limit:
            yield a
            a, b = b, a + b


print(list(Fib(100)), max(Fib(1000)), 21 in Fib(50), 22 in Fib(50))


class Peekable:
    _SENTINEL = object()

    def __init__(self, iterable):
        self.it = iter(iterable)
        self.buf = []

    def __iter__(self):
        return self

    def __next__(self):
        if self.buf:
            return self.buf.pop()
        return next(self.it)

    def peek(self, default=None):
        if not self.buf:
            try:
                self.buf.append(next(self.it))
            except StopIteration:
                return default
        return self.buf[-1]


p = Peekable("aabccc")
groups = []
for ch in p:
    n = 1
    while p.peek() == ch:
        next(p)
        n += 1
    groups.append(f"{ch}{n}")
print(groups, p.peek("END"))


class Cycle:
    def __init__(self, items, times):
        self.items, self.times = items, times

    def __iter__(self):
        for _ in range(self.times):
            yield from self.items


print(list(Cycle([1, 2], 3)), dict(zip("abc", Countdown(3))), list(enumerate(Countdown(2))))
print(list(zip(Range2(0, 3), Countdown(5))), sorted(Countdown(4)))
