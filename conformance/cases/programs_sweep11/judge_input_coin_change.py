coins = list(map(int, input().split()))
targets = list(map(int, input().split()))
limit = max(targets)
INF = float("inf")
ways = [1] + [0] * limit
fewest = [0] + [INF] * limit
for c in coins:
    for v in range(c, limit + 1):
        ways[v] += ways[v - c]
        fewest[v] = min(fewest[v], fewest[v - c] + 1)
for t in targets:
    f = fewest[t]
    print(t, ways[t], f if f != INF else -1)
