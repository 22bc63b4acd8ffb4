# Calling a cached function wrongly: the wrapped function's own argument
# errors, unhashable arguments, keyword arguments and typed keys, and the
# decorator's argument checks.
import functools


@functools.lru_cache(maxsize=32)
def one(x):
    return x


@functools.cache
def two(a, b=2, *, c=3):
    return a + b + c


for call in (lambda: one(1, 2), lambda: one(), lambda: one(y=1), lambda: two(),
             lambda: two(1, 2, 3), lambda: two(1, d=4), lambda: one([1]), lambda: two({}, 1),
             lambda: one(x=[]), lambda: two(1, c={1})):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
print(one.cache_info(), two.cache_info())

print(two(1), two(1, 2), two(1, b=2), two(a=1, b=2), two(b=2, a=1), two(1, c=3))
print(two.cache_info())


@functools.lru_cache(typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind(1), kind.cache_info())


@functools.lru_cache()
def untyped(x):
    return type(x).__name__


print(untyped(1), untyped(1.0), untyped(True), untyped.cache_info())


@functools.lru_cache(maxsize=None, typed=True)
def kw(a, **rest):
    return a, sorted(rest.items())


print(kw(1, z=2), kw(1.0, z=2), kw(1, z=2.0), kw(1, z=2), kw.cache_info())

for maxsize in (0, -5, None, 1, True, False):
    f = functools.lru_cache(maxsize=maxsize)(abs)
    print(maxsize, f(-1), f(-1), f(-2), f(-1), f.cache_info(), f.cache_parameters())

for bad in ("big", 1.5, [1], b"x"):
    try:
        functools.lru_cache(maxsize=bad)
    except TypeError as e:
        print("TypeError", e)
try:
    functools.lru_cache(maxsize=3)(5)
except TypeError as e:
    print("TypeError", e)


class Unhashable:
    __hash__ = None


try:
    one(Unhashable())
except TypeError as e:
    print("TypeError", e)


def gen(n):
    yield from range(n)


cached_gen = functools.cache(gen)
print(list(cached_gen(3)), cached_gen(3) is cached_gen(3), cached_gen.cache_info())
cached_len = functools.cache(len)
print(cached_len("ab"), cached_len("ab"), cached_len.cache_info(), cached_len.__name__)


class Point:
    def __init__(self, x):
        self.x = x


cached_cls = functools.lru_cache(Point)
print(cached_cls(1) is cached_cls(1), cached_cls.__name__, cached_cls.cache_info())
print(list(map(one, [1, 2, 1])), sorted([3, 1, 2], key=one), one.cache_info())
print(one(*[5]), two(*(1,), **{"c": 0}), one.cache_info(), two.cache_info())
