# Memoized recursion through the cached wrapper, re-entry with the same
# key, and exceptions raised by the cached function.
import functools
import sys

@functools.lru_cache(maxsize=128)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(100), fib.cache_info())
print(fib(300) % 1000007, fib.cache_info())

@functools.cache
def ways(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return ways(n - k, k) + ways(n, k - 1)

print(ways(120, 120), ways.cache_info())

# Re-entering with the same key from inside the call: the inner result is
# cached first; the outer call's result does not replace it (bounded) or
# does (unbounded), as in CPython.
depth = []

@functools.lru_cache(maxsize=10)
def reenter(x):
    depth.append(x)
    if len(depth) < 3:
        return (len(depth), reenter(x))
    return len(depth)

print(reenter(5), reenter(5), reenter.cache_info())

depth.clear()

@functools.lru_cache(maxsize=None)
def reenter2(x):
    depth.append(x)
    if len(depth) < 3:
        return (len(depth), reenter2(x))
    return len(depth)

print(reenter2(5), reenter2(5), reenter2.cache_info())

attempts = []

@functools.lru_cache(maxsize=2)
def fragile(x):
    attempts.append(x)
    if len(attempts) % 2:
        raise ValueError(f"attempt {len(attempts)} for {x}")
    return x * 2

for _ in range(3):
    try:
        print(fragile(7))
    except ValueError as e:
        print("ValueError", e)
print(attempts, fragile.cache_info())

@functools.cache
def countdown(n):
    if n == 0:
        raise KeyError("bottom")
    return countdown(n - 1)

try:
    countdown(20)
except KeyError as e:
    print("KeyError", e)
print(countdown.cache_info())

# Deep memoized recursion after raising the recursion limit.
sys.setrecursionlimit(20000)

@functools.lru_cache(maxsize=None)
def depth_sum(n):
    return 0 if n == 0 else n + depth_sum(n - 1)

print(depth_sum(3000), depth_sum.cache_info())

@functools.lru_cache(maxsize=100)
def bounded_deep(n):
    return 0 if n == 0 else 1 + bounded_deep(n - 1)

print(bounded_deep(2500), bounded_deep.cache_info())
