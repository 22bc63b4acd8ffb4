import sys
from functools import lru_cache

sys.setrecursionlimit(5000)


def catalan(n):
    c = [1] + [0] * n
    for i in range(1, n + 1):
        c[i] = sum(c[j] * c[i - 1 - j] for j in range(i))
    return c[n]


@lru_cache(maxsize=None)
def ways(opened, closed, n):
    if closed == n:
        return 1
    r = 0
    if opened < n:
        r += ways(opened + 1, closed, n)
    if closed < opened:
        r += ways(opened, closed + 1, n)
    return r


for line in sys.stdin:
    n = int(line)
    print(n, ways(0, 0, n), catalan(n))
print(ways.cache_info().currsize > 0)
