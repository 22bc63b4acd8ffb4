from functools import lru_cache


@lru_cache(maxsize=None)
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)


@lru_cache(maxsize=None)
def partitions(n, k=None):
    if k is None:
        k = n
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


def hanoi(n, a="A", b="B", c="C", moves=None):
    moves = [] if moves is None else moves
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves


print([grid_paths(n, n) for n in range(8)], grid_paths(16, 16))
print([partitions(n) for n in range(1, 16)], partitions(100))
print(hanoi(3), len(hanoi(10)))
print(grid_paths.cache_info().currsize > 0, partitions.cache_info().misses > 0)
