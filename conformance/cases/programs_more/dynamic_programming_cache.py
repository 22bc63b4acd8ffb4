from functools import lru_cache, reduce, partial, cache
import itertools

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(90))
print(fib.cache_info())

@cache
def edit(a, b):
    if not a: return len(b)
    if not b: return len(a)
    if a[0] == b[0]:
        return edit(a[1:], b[1:])
    return 1 + min(edit(a[1:], b), edit(a, b[1:]), edit(a[1:], b[1:]))

print(edit("kitten", "sitting"), edit("sunday", "saturday"))

def coin_change(coins, amount):
    dp = [0] + [float("inf")] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and dp[a - c] + 1 < dp[a]:
                dp[a] = dp[a - c] + 1
    return dp[amount] if dp[amount] != float("inf") else -1

print(coin_change([1, 5, 10, 25], 63), coin_change([2], 3))

@lru_cache(maxsize=128)
def partitions(n, k):
    if n == 0: return 1
    if n < 0 or k == 0: return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print([partitions(n, n) for n in range(1, 15)])
print(partitions.cache_info().hits > 0)
partitions.cache_clear()
print(partitions.cache_info())

def lis(seq):
    import bisect
    tails = []
    for x in seq:
        i = bisect.bisect_left(tails, x)
        if i == len(tails): tails.append(x)
        else: tails[i] = x
    return len(tails)
print(lis([10, 9, 2, 5, 3, 7, 101, 18]))

print(reduce(lambda a, b: a * b, range(1, 11)))
print(reduce(lambda a, b: a + b, [], 0))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)
pow2 = partial(pow, 2)
print(pow2(10), pow2.args, pow2.keywords)
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.accumulate(range(1, 6), lambda a, b: a * b, initial=1)))

grid = ["..#.", "....", ".#..", "...."]
@lru_cache(None)
def paths(r, c):
    if r >= 4 or c >= 4 or grid[r][c] == "#": return 0
    if (r, c) == (3, 3): return 1
    return paths(r + 1, c) + paths(r, c + 1)
print(paths(0, 0))
