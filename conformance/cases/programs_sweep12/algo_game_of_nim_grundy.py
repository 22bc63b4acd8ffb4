from functools import lru_cache
from functools import reduce
from operator import xor


def nim_winner(piles):
    x = reduce(xor, piles, 0)
    if x == 0:
        return "second player wins", None
    for i, p in enumerate(piles):
        target = p ^ x
        if target < p:
            return "first player wins", (i, p - target)


@lru_cache(maxsize=None)
def grundy(n, moves=(1, 3, 4)):
    reachable = {grundy(n - m, moves) for m in moves if m <= n}
    g = 0
    while g in reachable:
        g += 1
    return g


for piles in [(3, 4, 5), (1, 2, 3), (7,), (1, 1), (10, 20, 30, 40)]:
    print(piles, *nim_winner(piles))
print([grundy(n) for n in range(20)])
print([n for n in range(30) if grundy(n) == 0])
print(grundy.cache_info().currsize)
