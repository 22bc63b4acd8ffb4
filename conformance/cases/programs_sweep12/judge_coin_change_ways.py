def count_ways(coins, target):
    ways = [1] + [0] * target
    for c in coins:
        for v in range(c, target + 1):
            ways[v] += ways[v - c]
    return ways[target]


def min_coins(coins, target):
    INF = float("inf")
    best = [0] + [INF] * target
    pick = [None] * (target + 1)
    for v in range(1, target + 1):
        for c in coins:
            if c <= v and best[v - c] + 1 < best[v]:
                best[v] = best[v - c] + 1
                pick[v] = c
    if best[target] == INF:
        return None
    used = []
    while target:
        used.append(pick[target])
        target -= pick[target]
    return sorted(used, reverse=True)


t = int(input())
for _ in range(t):
    coins = list(map(int, input().split()))
    target = int(input())
    ways = count_ways(coins, target)
    mc = min_coins(coins, target)
    print(f"coins={coins} target={target}: {ways} ways; fewest={mc if mc is None else len(mc)} {mc or ''}")
