from functools import lru_cache, cache
import sys
sys.setrecursionlimit(10000)

def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            dp[i][j] = dp[i-1][j-1] + 1 if a[i-1] == b[j-1] else max(dp[i-1][j], dp[i][j-1])
    i, j, out = len(a), len(b), []
    while i and j:
        if a[i-1] == b[j-1]:
            out.append(a[i-1]); i -= 1; j -= 1
        elif dp[i-1][j] >= dp[i][j-1]:
            i -= 1
        else:
            j -= 1
    for row in dp:
        print(' '.join(f"{x:2d}" for x in row))
    return ''.join(reversed(out))

print(lcs("AGGTAB", "GXTXAYB"))

@lru_cache(maxsize=None)
def edit(a, b):
    if not a: return len(b)
    if not b: return len(a)
    if a[0] == b[0]: return edit(a[1:], b[1:])
    return 1 + min(edit(a[1:], b), edit(a, b[1:]), edit(a[1:], b[1:]))

for x, y in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution")]:
    print(x, y, edit(x, y))
print(edit.cache_info())
edit.cache_clear()
print(edit.cache_info())

@cache
def count_ways(n, coins):
    if n == 0: return 1
    if n < 0 or not coins: return 0
    return count_ways(n - coins[0], coins) + count_ways(n, coins[1:])
print(count_ways(100, (1, 5, 10, 25, 50)), count_ways(300, (2, 3, 7)))
print(count_ways.cache_info().currsize > 0)

def knap(items, W):
    dp = [0] * (W + 1)
    take = [[False] * (W + 1) for _ in items]
    for k, (w, v) in enumerate(items):
        for c in range(W, w - 1, -1):
            if dp[c - w] + v > dp[c]:
                dp[c] = dp[c - w] + v
                take[k][c] = True
    c, chosen = W, []
    for k in range(len(items) - 1, -1, -1):
        if take[k][c]:
            chosen.append(k); c -= items[k][0]
    return dp[W], chosen[::-1], dp
best, chosen, dp = knap([(2, 3), (3, 4), (4, 5), (5, 6), (1, 1)], 10)
print(best, chosen, dp)

def lis(seq):
    import bisect
    tails, idx, prev = [], [], [-1] * len(seq)
    for i, x in enumerate(seq):
        p = bisect.bisect_left(tails, x)
        if p == len(tails):
            tails.append(x); idx.append(i)
        else:
            tails[p] = x; idx[p] = i
        prev[i] = idx[p - 1] if p else -1
        print(i, x, tails)
    out, k = [], idx[-1]
    while k != -1:
        out.append(seq[k]); k = prev[k]
    return out[::-1]
print(lis([3, 10, 2, 1, 20, 4, 6, 7, 30, 5]))

@lru_cache(maxsize=3)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(300), fib.cache_info())
print(fib.__wrapped__(10) if False else fib.__name__, fib.cache_parameters())

def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(5000))
