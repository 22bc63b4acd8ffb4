# Memoisation with a dict passed explicitly and kept globally.
calls = {"n": 0}
cache = {}


def fib(n):
    calls["n"] += 1
    if n in cache:
        return cache[n]
    result = n if n < 2 else fib(n - 1) + fib(n - 2)
    cache[n] = result
    return result


print(fib(80), calls["n"], len(cache))
print(fib(90), calls["n"])


def ways_to_climb(n, steps, memo=None):
    if memo is None:
        memo = {}
    if n == 0:
        return 1
    if n < 0:
        return 0
    if n not in memo:
        memo[n] = sum(ways_to_climb(n - s, steps, memo) for s in steps)
    return memo[n]


print([ways_to_climb(n, (1, 2)) for n in range(10)], ways_to_climb(50, (1, 3, 5)))
grid_cache = {}


def paths(r, c):
    if r == 0 or c == 0:
        return 1
    key = (r, c)
    if key not in grid_cache:
        grid_cache[key] = paths(r - 1, c) + paths(r, c - 1)
    return grid_cache[key]


print(paths(2, 2), paths(10, 10), paths(16, 16), len(grid_cache))
