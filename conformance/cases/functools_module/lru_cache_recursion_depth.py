# A memoized recursion stops at the recursion limit where CPython's does: a
# step for the wrapper and one for each frame, with CPython's messages, for
# a function, a method, a keyed hash and the uncached wrapper.
import functools
import sys

sys.setrecursionlimit(300)


def first_failure(fn):
    for n in range(1, 400):
        try:
            fn(n)
        except RecursionError as e:
            return n, str(e)
    return None


def plain(n):
    return 0 if n == 0 else plain(n - 1) + 1


def make(maxsize):
    @functools.lru_cache(maxsize=maxsize)
    def g(n):
        return 0 if n == 0 else g(n - 1) + 1
    return g


print("plain", first_failure(plain))
for maxsize in (None, 128, 2, 0):
    print(maxsize, first_failure(lambda n: make(maxsize)(n)))
    print(maxsize, first_failure(make(maxsize)))


class Walker:
    @functools.cache
    def walk(self, n):
        return 0 if n == 0 else self.walk(n - 1) + 1


print("method", first_failure(lambda n: Walker().walk(n)))


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        return self.n == other.n


def make_keyed():
    @functools.lru_cache(maxsize=None)
    def g(k):
        return 0 if k.n == 0 else g(Key(k.n - 1)) + 1
    return g


print("keyed", first_failure(lambda n: make_keyed()(Key(n))))
print("star", first_failure(lambda n: make(None)(*[n])))
deep = make(None)
sys.setrecursionlimit(5000)
print(deep(2000), deep.cache_info())
