# An exception raised inside memoized recursion: the cache wrapper shows no
# frame, as CPython's C wrapper shows none.
import functools


@functools.lru_cache(maxsize=None)
def descend(n):
    if n == 0:
        return {}["missing"]
    return descend(n - 1)


descend(3)
