from functools import lru_cache


@lru_cache(maxsize=None)
def can_win(piles):
    if all(p == 0 for p in piles):
        return False
    for i, p in enumerate(piles):
        for take in range(1, p + 1):
            nxt = tuple(sorted(piles[:i] + (p - take,) + piles[i + 1:]))
            if not can_win(nxt):
                return True
    return False


for piles in [(1,), (1, 1), (1, 2), (3, 4, 5), (1, 2, 3), (2, 2), (4, 1, 5)]:
    xor = 0
    for p in piles:
        xor ^= p
    print(piles, can_win(tuple(sorted(piles))), xor != 0)
print(can_win.cache_info().hits > 0, can_win.cache_info().maxsize)
