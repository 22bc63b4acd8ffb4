# Callable objects: a memoizer with __call__, a counter that wraps methods,
# and how they show in callable() and repr.
class Memo:
    def __init__(self, fn):
        self.fn, self.cache, self.hits = fn, {}, 0
        self.__name__ = fn.__name__

    def __call__(self, *args):
        if args in self.cache:
            self.hits += 1
            return self.cache[args]
        value = self.cache[args] = self.fn(*args)
        return value

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: self(obj, *a)


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(40), fib.hits, len(fib.cache), callable(fib), fib.__name__)


class Grid:
    def __init__(self, n):
        self.n = n

    @Memo
    def paths(self, r, c):
        if r == 0 or c == 0:
            return 1
        return self.paths(r - 1, c) + self.paths(r, c - 1)


g = Grid(5)
print(g.paths(5, 5), g.paths(10, 10), Grid.paths.hits > 0, type(Grid.paths).__name__)


class NotCallable:
    pass


print(callable(NotCallable), callable(NotCallable()), callable(Memo))
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
nc = NotCallable()
nc.__call__ = lambda: "instance attribute"
try:
    nc()
except TypeError as e:
    print("TypeError:", e)
