from functools import lru_cache
from itertools import accumulate
import bisect

def lis(seq):
    tails = []
    for x in seq:
        i = bisect.bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)

def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, ca in enumerate(a, 1):
        for j, cb in enumerate(b, 1):
            dp[i][j] = dp[i-1][j-1] + 1 if ca == cb else max(dp[i-1][j], dp[i][j-1])
    i, j, out = len(a), len(b), []
    while i and j:
        if a[i-1] == b[j-1]:
            out.append(a[i-1]); i -= 1; j -= 1
        elif dp[i-1][j] >= dp[i][j-1]:
            i -= 1
        else:
            j -= 1
    return dp[-1][-1], ''.join(reversed(out))

def knapsack(items, cap):
    best = [0] * (cap + 1)
    for w, v in items:
        for c in range(cap, w - 1, -1):
            best[c] = max(best[c], best[c - w] + v)
    return best[cap]

@lru_cache(maxsize=None)
def edit(a, b):
    if not a: return len(b)
    if not b: return len(a)
    if a[0] == b[0]: return edit(a[1:], b[1:])
    return 1 + min(edit(a[1:], b), edit(a, b[1:]), edit(a[1:], b[1:]))

def coin_ways(coins, n):
    ways = [1] + [0] * n
    for c in coins:
        for s in range(c, n + 1):
            ways[s] += ways[s - c]
    return ways[n]

print(lis([10, 9, 2, 5, 3, 7, 101, 18, 4, 19]))
print(lcs("AGGTABQX", "GXTXAYBQ"))
print(knapsack([(1, 1), (3, 4), (4, 5), (5, 7)], 7))
print(edit("intention", "execution"), edit.cache_info())
print(coin_ways([1, 2, 5, 10, 20, 50, 100, 200], 200))
prefix = list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], initial=0))
print(prefix)
queries = [(0, 3), (2, 7), (1, 8)]
print(*(prefix[r] - prefix[l] for l, r in queries), sep=", ", end=".\n")
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate(range(1, 8), lambda a, b: a * b)))
fib = [0, 1]
for _ in range(150):
    fib.append(fib[-1] + fib[-2])
print(fib[150], len(str(fib[150])), fib[150] % (10**9 + 7))
