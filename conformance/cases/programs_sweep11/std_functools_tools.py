import functools
from functools import reduce, partial, lru_cache, total_ordering, wraps, cached_property


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
print(reduce(lambda a, b: a * b, range(1, 8)), reduce(max, [], "empty"))
p = partial(int, base=2)
print(p("1011"), p.func.__name__, p.keywords, partial(pow, 2)(10))


@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(map(int, s.split(".")))

    def __eq__(self, o):
        return self.parts == o.parts

    def __lt__(self, o):
        return self.parts < o.parts

    def __repr__(self):
        return ".".join(map(str, self.parts))


vs = [Version("1.10"), Version("1.2"), Version("1.2.1")]
print(sorted(vs), max(vs), Version("2.0") >= Version("1.9"), Version("1.0") > Version("1.0"))


def logged(fn):
    @wraps(fn)
    def inner(*a, **k):
        print("call", fn.__name__, a, k)
        return fn(*a, **k)
    return inner


@logged
def add(x, y=0):
    "Add numbers."
    return x + y


print(add(1, y=2), add.__name__, add.__doc__, add.__wrapped__.__name__)


class Data:
    def __init__(self):
        self.n = 0

    @cached_property
    def heavy(self):
        self.n += 1
        return self.n * 100


d = Data()
print(d.heavy, d.heavy, d.n)
print(functools.cmp_to_key(lambda a, b: b - a)(1) < functools.cmp_to_key(lambda a, b: b - a)(2))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
try:
    reduce(max, [])
except TypeError as e:
    print("TypeError", e)
