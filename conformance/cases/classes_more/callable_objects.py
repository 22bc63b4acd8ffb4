class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0

    def __call__(self, x):
        self.calls += 1
        return x * self.factor


double = Multiplier(2)
print(double(5), double("ab"), list(map(double, [1, 2, 3])), double.calls)
print(callable(double), callable(Multiplier), callable(5))


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.hits = 0

    def __call__(self, *args):
        if args in self.cache:
            self.hits += 1
            return self.cache[args]
        result = self.fn(*args)
        self.cache[args] = result
        return result


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(40), fib.hits, len(fib.cache))


class Pipeline:
    def __init__(self, *steps):
        self.steps = list(steps)

    def __call__(self, value):
        for step in self.steps:
            value = step(value)
        return value

    def __or__(self, step):
        return Pipeline(*self.steps, step)


p = Pipeline(str.strip, str.lower) | (lambda s: s.replace(" ", "_")) | Multiplier(2)
print(p("  Hello World "))


class Accumulator:
    def __init__(self):
        self.total = 0

    def __call__(self, amount=1, *, reset=False):
        if reset:
            self.total = 0
        self.total += amount
        return self.total


acc = Accumulator()
print(acc(), acc(10), acc(5, reset=True), acc(amount=2))
print(sorted(["bb", "a", "ccc"], key=Multiplier(1)))


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, *args, **kwargs):
        self.n += 1
        return (args, sorted(kwargs.items()))


c = Counter()
print(c(1, 2, x=3), c(), c.n)
