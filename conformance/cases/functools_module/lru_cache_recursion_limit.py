# Memoized recursion meets the recursion limit where CPython's does: each
# level costs two (the cache wrapper and the function).
import functools

def first_failure(deco):
    for n in range(300, 1200, 10):
        @deco
        def f(n):
            return 0 if n == 0 else f(n - 1) + 1
        try:
            f(n)
        except RecursionError as e:
            return n, str(e).startswith("maximum recursion depth exceeded")
    return None

print(first_failure(functools.cache))
print(first_failure(functools.lru_cache(maxsize=128)))
print(first_failure(functools.lru_cache(maxsize=0)))
