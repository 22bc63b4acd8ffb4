from functools import lru_cache, cache, cached_property
import math


@lru_cache(maxsize=4)
def slow_square(n):
    print(f"  computing {n}")
    return n * n


for n in [1, 2, 3, 1, 4, 5, 1, 2]:
    slow_square(n)
print(slow_square.cache_info())
slow_square.cache_clear()
print(slow_square.cache_info())


@cache
def partitions(n, k=None):
    if k is None:
        k = n
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print([partitions(i) for i in range(1, 16)], partitions(100))
print(partitions.cache_info().currsize > 100)


@lru_cache(maxsize=None, typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info().currsize)


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        print("  computing area")
        return math.pi * self.r ** 2


c = Circle(2)
print(round(c.area, 4), round(c.area, 4), "area" in vars(c))
del c.area
print(round(c.area, 4))


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(200), fib.cache_info().hits, fib.cache_info().misses)
print(slow_square.__wrapped__(9), callable(fib.cache_parameters), fib.cache_parameters())
