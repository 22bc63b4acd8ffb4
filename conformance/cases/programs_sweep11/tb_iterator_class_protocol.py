class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        return FibIter(self.limit)


class FibIter:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v


f = Fib(50)
print(list(f), list(f), sum(f), 13 in f, 14 in f)
it = iter(f)
print(next(it), next(it), next(it), list(it), next(it, "done"))
print(list(zip(Fib(5), Fib(100))), dict(enumerate(Fib(3))), sorted(Fib(20), reverse=True))
print(list(map(lambda x: x * 2, Fib(10))), [x for x in Fib(30) if x % 2], max(Fib(99)), min(Fib(99)))
a, b, *rest = Fib(20)
print(a, b, rest)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return self.n - i


print(list(Countdown(4)), 2 in Countdown(4), list(reversed([*Countdown(3)])))
try:
    next(Fib(3))
except TypeError as e:
    print("TypeError", e)
try:
    len(Fib(3))
except TypeError as e:
    print("TypeError", e)
