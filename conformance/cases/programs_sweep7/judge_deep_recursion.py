import sys
sys.setrecursionlimit(10**6)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(100000))
N = 200000
adj = [[] for _ in range(N)]
for i in range(1, N):
    adj[i - 1].append(i)
seen = [False] * N
order = []
def dfs(u):
    seen[u] = True
    for v in adj[u]:
        if not seen[v]:
            dfs(v)
    order.append(u)
dfs(0)
print(len(order), order[:3], order[-3:])
from functools import lru_cache
@lru_cache(maxsize=None)
def f(n):
    return n if n < 2 else f(n - 1) + f(n - 2)
print(f(5000) % 10**9)
def ack(m, n):
    if m == 0: return n + 1
    if n == 0: return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print(ack(2, 300), ack(3, 6))
memo = {}
def partitions(n, k):
    if n == 0: return 1
    if n < 0 or k == 0: return 0
    key = (n, k)
    if key not in memo:
        memo[key] = partitions(n - k, k) + partitions(n, k - 1)
    return memo[key]
print(partitions(300, 300))
sys.setrecursionlimit(2000)
def boom(n):
    return boom(n + 1)
try:
    boom(0)
except RecursionError as e:
    print("RecursionError", e)
deep = []
for _ in range(100000):
    deep = [deep]
try:
    s = repr(deep)
    print(len(s))
except RecursionError as e:
    print("RecursionError", e)
