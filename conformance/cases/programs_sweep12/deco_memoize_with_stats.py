import functools


def memoize(maxsize=None):
    def deco(fn):
        cache = {}
        stats = {"hits": 0, "misses": 0}

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            key = (args, tuple(sorted(kwargs.items())))
            if key in cache:
                stats["hits"] += 1
                return cache[key]
            stats["misses"] += 1
            result = fn(*args, **kwargs)
            if maxsize is not None and len(cache) >= maxsize:
                cache.pop(next(iter(cache)))
            cache[key] = result
            return result

        wrapper.stats = stats
        wrapper.clear = cache.clear
        return wrapper
    return deco


@memoize()
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)


@memoize(maxsize=2)
def slow_upper(s, *, repeat=1):
    return s.upper() * repeat


print(grid_paths(10, 10), grid_paths(16, 16), grid_paths.stats)
for s, rep in [("a", 1), ("b", 1), ("a", 1), ("c", 2), ("a", 1), ("c", 2)]:
    slow_upper(s, repeat=rep)
print(slow_upper.stats, slow_upper("x", repeat=3))
grid_paths.clear()
print(grid_paths(2, 2), grid_paths.stats, grid_paths.__name__, grid_paths.__wrapped__(1, 1))
