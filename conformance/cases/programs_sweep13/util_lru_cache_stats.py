from functools import lru_cache, cache, partial, reduce
import operator


@lru_cache(maxsize=3)
def slow_square(n):
    print(f"  computing {n}")
    return n * n


for n in [1, 2, 3, 1, 4, 2, 5, 1]:
    slow_square(n)
print(slow_square.cache_info())
slow_square.cache_clear()
print(slow_square.cache_info())


@cache
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print([partitions(n, n) for n in range(1, 16)])
print(partitions.cache_info().currsize > 0)
pow2 = partial(pow, 2)
print([pow2(i) for i in range(8)], pow2.func is pow, pow2.args)
print(reduce(operator.mul, range(1, 8)), reduce(lambda a, b: a + b, [], "empty"))


@lru_cache(maxsize=None, typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info().currsize)
