class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIter(self.start)

    def __reversed__(self):
        return iter(range(1, self.start + 1))

    def __len__(self):
        return self.start

    def __contains__(self, x):
        return isinstance(x, int) and 1 <= x <= self.start


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Fib:
    def __init__(self, limit):
        self.limit = limit
        self.a, self.b = 0, 1

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


class Seq:
    """Old-style sequence iteration via __getitem__ only."""

    def __init__(self, text):
        self.text = text

    def __getitem__(self, i):
        return self.text[i].upper()


c = Countdown(5)
print(list(c), list(reversed(c)), len(c), 3 in c, 7 in c, "x" in c)
it = iter(c)
print(next(it), next(it), list(it), next(it, "done"))
print(list(Fib(100)), sum(Fib(10 ** 6)))
f = Fib(3)
print(list(f), list(f))
print(list(Seq("abc")), "B" in Seq("abc"), list(enumerate(Seq("xy"), 1)))
print(sorted(Countdown(4)), max(Countdown(3)), dict(zip(Countdown(3), "abc")))
print(list(zip(Fib(20), Countdown(10))))
a, b, *rest = Countdown(6)
print(a, b, rest)
print(list(map(lambda t: t[0] * t[1], zip(Countdown(3), reversed(Countdown(3))))))
