# Memoized recursion: functools.lru_cache and a dict cache.
from functools import lru_cache
import sys
sys.setrecursionlimit(10000)
@lru_cache(maxsize=None)
def ways(n, k):
    if n == 0: return 1
    if n < 0 or k == 0: return 0
    return ways(n - k, k) + ways(n, k - 1)
print(ways(300, 300))
memo = {}
def collatz(n):
    if n == 1: return 1
    if n in memo: return memo[n]
    r = 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)
    memo[n] = r
    return r
print(max(range(1, 200000), key=collatz))
