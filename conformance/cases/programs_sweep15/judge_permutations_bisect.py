import sys
from itertools import permutations, combinations, combinations_with_replacement, product
from bisect import bisect_left, bisect_right, insort
input = sys.stdin.readline
n = int(input())
dist = [list(map(int, input().split())) for _ in range(n)]
best = None
for perm in permutations(range(1, n)):
    route = (0,) + perm + (0,)
    cost = sum(dist[a][b] for a, b in zip(route, route[1:]))
    if best is None or cost < best[0]:
        best = (cost, route)
        print("improved", best)
print("best tour", *best[1], "cost", best[0])
print(len(list(permutations(range(n)))), list(permutations("abc", 2))[::2])
items = list(map(int, input().split()))
target = int(input())
hits = [c for r in range(1, len(items) + 1) for c in combinations(items, r) if sum(c) == target]
print(len(hits), hits[:5])
print(list(combinations_with_replacement([1, 2, 5], 2)), sum(1 for _ in product(range(3), repeat=4)))
coins = sorted({a * b for a, b in combinations(items, 2)})
print(coins)
for q in [0, 10, 12, 13, 100, 10**6]:
    i, j = bisect_left(coins, q), bisect_right(coins, q)
    print(q, i, j, coins[i] if i < len(coins) else None, j - i)
seq = list(map(int, input().split()))
tails = []
for x in seq:
    k = bisect_left(tails, x)
    if k == len(tails):
        tails.append(x)
    else:
        tails[k] = x
    print(f"{x:>3} -> {tails}")
print("LIS length", len(tails))
window = []
for i, x in enumerate(seq):
    insort(window, x)
    if len(window) > 3:
        window.pop(bisect_left(window, seq[i - 3]))
    print(i, window, "median", window[len(window) // 2])
pairs = sorted((x, -i) for i, x in enumerate(seq))
print(pairs[:4], bisect_left(pairs, (seq[2], -2)), bisect_right(pairs, (5,)))
words = sorted(input().split())
for w in ["apple", "b", "zz", "cherry"]:
    k = bisect_left(words, w)
    print(w, k, words[k] == w if k < len(words) else False, words[k:k + 2])
fl = [0.5, 1.25, 1.25, 3.0]
print(bisect_left(fl, 1.25), bisect_right(fl, 1.25), bisect_left(fl, 2), bisect_right(fl, float('inf')))
