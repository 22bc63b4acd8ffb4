import sys


def read_ints():
    return list(map(int, sys.stdin.readline().split()))


n, cap = read_ints()
items = []
for i in range(n):
    w, v = read_ints()
    items.append((w, v))

dp = [[0] * (cap + 1) for _ in range(n + 1)]
for i, (w, v) in enumerate(items, 1):
    row, prev = dp[i], dp[i - 1]
    for c in range(cap + 1):
        row[c] = prev[c]
        if w <= c and prev[c - w] + v > row[c]:
            row[c] = prev[c - w] + v

chosen = []
c = cap
for i in range(n, 0, -1):
    if dp[i][c] != dp[i - 1][c]:
        chosen.append(i)
        c -= items[i - 1][0]
chosen.reverse()
print("best value:", dp[n][cap])
print("items:", chosen)
print("weight used:", sum(items[i - 1][0] for i in chosen), "of", cap)
ratio = sorted(range(n), key=lambda i: -items[i][1] / items[i][0])
print("greedy order:", [i + 1 for i in ratio])
print(f"fill {sum(items[i-1][0] for i in chosen) / cap:.1%}")
