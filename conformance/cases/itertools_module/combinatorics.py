# Judge-style uses of itertools.
from itertools import permutations, combinations, product, accumulate, groupby, chain, islice, count, zip_longest, pairwise, starmap
import operator

def tsp(dist):
    n = len(dist)
    best = None
    for order in permutations(range(1, n)):
        route = (0,) + order + (0,)
        cost = sum(dist[a][b] for a, b in pairwise(route))
        if best is None or cost < best[0]:
            best = (cost, route)
    return best
print(tsp([[0, 2, 9, 10], [1, 0, 6, 4], [15, 7, 0, 8], [6, 3, 12, 0]]))
coins = [1, 5, 10, 25]
print(sum(1 for r in range(1, 5) for combo in combinations(coins, r) if sum(combo) == 30))
print(["".join(p) for p in product("01", repeat=3)])
print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)), list(accumulate(range(1, 6), operator.mul)))
runs = "aaabccddddde"
print("".join(f"{k}{len(list(g))}" for k, g in groupby(runs)))
print(list(islice(chain.from_iterable((i, -i) for i in count(1)), 7)))
print(list(zip_longest([1, 2, 3], "ab", fillvalue=0)), list(starmap(operator.sub, [(5, 2), (9, 4)])))
primes = (n for n in count(2) if all(n % d for d in range(2, int(n ** 0.5) + 1)))
print(list(islice(primes, 10)))
scores = [("ann", "math", 90), ("ann", "art", 75), ("bob", "math", 60), ("bob", "art", 95)]
for name, rows in groupby(scores, key=operator.itemgetter(0)):
    rows = list(rows)
    print(name, sum(r[2] for r in rows) / len(rows), max(rows, key=operator.itemgetter(2))[1])
