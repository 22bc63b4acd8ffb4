# Judge-style deep recursion: raise the limit, then recurse 10**5 deep.
import sys

sys.setrecursionlimit(10**6)
print(sys.getrecursionlimit())


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


print(depth(10**5))

# A DFS over a path graph of 30000 nodes.
n = 30000
adj = [[] for _ in range(n)]
for i in range(n - 1):
    adj[i].append(i + 1)
    adj[i + 1].append(i)
seen = [False] * n
order = []


def dfs(u):
    seen[u] = True
    order.append(u)
    for v in adj[u]:
        if not seen[v]:
            dfs(v)


dfs(0)
print(len(order), order[:3], order[-1])


def is_even(k):
    return True if k == 0 else is_odd(k - 1)


def is_odd(k):
    return False if k == 0 else is_even(k - 1)


print(is_even(20001), is_odd(20001))
memo = {}


def fib(k):
    if k < 2:
        return k
    if k not in memo:
        memo[k] = fib(k - 1) + fib(k - 2)
    return memo[k]


print(fib(5000) % 1000000007)
