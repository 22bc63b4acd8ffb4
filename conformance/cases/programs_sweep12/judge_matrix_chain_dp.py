import sys
from functools import lru_cache

dims = list(map(int, sys.stdin.readline().split()))
n = len(dims) - 1


@lru_cache(maxsize=None)
def best(i, j):
    if i == j:
        return 0, str(i)
    options = []
    for k in range(i, j):
        lc, ls = best(i, k)
        rc, rs = best(k + 1, j)
        options.append((lc + rc + dims[i] * dims[k + 1] * dims[j + 1], f"({ls} x {rs})"))
    return min(options)


cost, plan = best(0, n - 1)
print("matrices:", [f"{dims[i]}x{dims[i + 1]}" for i in range(n)])
print("min multiplications:", cost)
print("order:", plan)
print("naive left-to-right:", sum(dims[0] * dims[k] * dims[k + 1] for k in range(1, n)))
print(best.cache_info().currsize, "subproblems")
