class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs

    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coeffs))


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.__name__ = fn.__name__

    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.fn(*args)
        return self.cache[args]

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: self(obj, *a)


p = Polynomial(1, 0, 2)
print([p(x) for x in range(4)], callable(p), callable(Polynomial), list(map(p, [10])))


@Memo
def slow_square(n):
    print("computing", n)
    return n * n


print(slow_square(4), slow_square(4), slow_square(5), len(slow_square.cache), slow_square.__name__)


class Calc:
    def __init__(self, k):
        self.k = k

    @Memo
    def times(self, x):
        print("times", self.k, x)
        return self.k * x


c = Calc(3)
print(c.times(2), c.times(2), Calc.times.__name__)
try:
    Polynomial(1)()
except TypeError as e:
    print("TypeError", e)
try:
    s = "abc"
    s()
except TypeError as e:
    print("TypeError", e)
