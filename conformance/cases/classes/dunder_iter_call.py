class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(3)), sum(Countdown(4)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))


class Adder:
    def __init__(self, base):
        self.base = base

    def __call__(self, x, *, times=1):
        return (self.base + x) * times


add5 = Adder(5)
print(add5(1), add5(2, times=3), callable(add5), list(map(add5, [1, 2])))


class NotIter:
    def __iter__(self):
        return 5


try:
    iter(NotIter())
except TypeError as e:
    print("TypeError", e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print("TypeError", e)
try:
    Countdown(1)()
except TypeError as e:
    print("TypeError", e)
