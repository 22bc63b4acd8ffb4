import sys
from functools import lru_cache

sys.setrecursionlimit(10000)


def solve():
    n = int(sys.stdin.readline())
    coins = list(map(int, sys.stdin.readline().split()))

    @lru_cache(maxsize=None)
    def ways(amount, idx):
        if amount == 0:
            return 1
        if amount < 0 or idx == len(coins):
            return 0
        return ways(amount - coins[idx], idx) + ways(amount, idx + 1)

    @lru_cache(maxsize=None)
    def chain(k):
        return 0 if k == 0 else 1 + chain(k - 1)

    print(ways(n, 0))
    print(chain(3000))
    print(ways.cache_info().hits > 0, chain.cache_info().currsize)


solve()
