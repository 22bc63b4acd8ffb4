import sys
sys.setrecursionlimit(300000)
n = 150000
children = {i: [i + 1] for i in range(n - 1)}
children[n - 1] = []
depth = [0] * n
def dfs(u, d):
    depth[u] = d
    for v in children[u]:
        dfs(v, d + 1)
dfs(0, 0)
print(max(depth), sum(depth) % 1000007)
def count(k):
    return 0 if k == 0 else 1 + count(k - 1)
print(count(200000))
memo = {}
def ways(k):
    if k <= 1: return 1
    if k in memo: return memo[k]
    memo[k] = r = (ways(k - 1) + ways(k - 2)) % 1000000007
    return r
print(ways(100000))
