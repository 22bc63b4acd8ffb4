# Classic recursion: hanoi, n-queens, permutations, subsets, memoized DP, flood fill.
from functools import cache

def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves

print(len(hanoi(10)), hanoi(3))

def queens(n):
    sols = []
    def place(row, cols, d1, d2, acc):
        if row == n:
            sols.append(acc)
            return
        for c in range(n):
            if c not in cols and row - c not in d1 and row + c not in d2:
                place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, acc + [c])
    place(0, frozenset(), frozenset(), frozenset(), [])
    return sols

s8 = queens(8)
print(len(s8), s8[0], [len(queens(k)) for k in range(1, 8)])

def perms(xs):
    if len(xs) <= 1:
        return [xs]
    return [[x] + p for i, x in enumerate(xs) for p in perms(xs[:i] + xs[i + 1:])]

print(perms([1, 2, 3]), len(perms(list("abcde"))))
subsets = lambda xs: [[]] if not xs else [s + t for s in subsets(xs[1:]) for t in ([], [xs[0]])]
print(sorted(map(sorted, subsets([1, 2, 3]))))

@cache
def edit(a, b):
    if not a or not b:
        return len(a) + len(b)
    if a[0] == b[0]:
        return edit(a[1:], b[1:])
    return 1 + min(edit(a[1:], b), edit(a, b[1:]), edit(a[1:], b[1:]))

print(edit("kitten", "sitting"), edit("intention", "execution"), edit("", "abc"))

@cache
def coins(n, options=(1, 5, 10, 25, 50)):
    if n == 0:
        return 1
    if n < 0 or not options:
        return 0
    return coins(n - options[0], options) + coins(n, options[1:])

print(coins(100), coins(300))
grid = [list(r) for r in ["..##.", ".#...", "##.#.", "....#"]]
def fill(r, c):
    if not (0 <= r < len(grid) and 0 <= c < len(grid[0])) or grid[r][c] != ".":
        return 0
    grid[r][c] = "o"
    return 1 + fill(r + 1, c) + fill(r - 1, c) + fill(r, c + 1) + fill(r, c - 1)
print(fill(0, 0), fill(1, 2), ["".join(r) for r in grid])
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError", str(e)[:40])
