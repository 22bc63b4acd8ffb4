import sys

lines = sys.stdin.read().strip().split("\n")
n, cap = map(int, lines[0].split())
items = [tuple(map(int, l.split())) for l in lines[1:1 + n]]
dp = [[0] * (cap + 1) for _ in range(n + 1)]
for i, (w, v) in enumerate(items, 1):
    for c in range(cap + 1):
        dp[i][c] = dp[i - 1][c]
        if w <= c and dp[i - 1][c - w] + v > dp[i][c]:
            dp[i][c] = dp[i - 1][c - w] + v
chosen, c = [], cap
for i in range(n, 0, -1):
    if dp[i][c] != dp[i - 1][c]:
        chosen.append(i)
        c -= items[i - 1][0]
print(dp[n][cap])
print(*sorted(chosen))
print("weight used", sum(items[i - 1][0] for i in chosen))
