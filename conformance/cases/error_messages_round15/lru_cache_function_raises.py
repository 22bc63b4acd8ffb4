import functools


@functools.lru_cache(maxsize=None)
def inverse(n):
    return 1 / n


print(inverse(2))
print(inverse(0))
