# Classic recursive puzzles with closures and memoisation: N-Queens,
# Tower of Hanoi, partitions, subsets, permutations, flood fill.
import sys
from functools import lru_cache, cache

def n_queens(n):
    sols = []
    cols, d1, d2 = set(), set(), set()
    board = []
    def place(r):
        if r == n:
            sols.append(tuple(board))
            return
        for c in range(n):
            if c in cols or r - c in d1 or r + c in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c); board.append(c)
            place(r + 1)
            cols.discard(c); d1.discard(r - c); d2.discard(r + c); board.pop()
    place(0)
    return sols

for n in range(1, 9):
    s = n_queens(n)
    print(n, len(s), s[0] if s else None)
first = n_queens(6)[0]
print("\n".join("".join("Q" if c == col else "." for c in range(6)) for col in first))

def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append(f"{n}:{src}->{dst}")
        hanoi(n - 1, via, dst, src, moves)
    return moves
print(hanoi(3), len(hanoi(10)))

@cache
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print([partitions(n, n) for n in range(15)], partitions(100, 100))

def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]
print(sorted(subsets("abc"), key=lambda s: (len(s), s)))

def perms(s):
    if len(s) <= 1:
        yield s
        return
    seen = set()
    for i, ch in enumerate(s):
        if ch in seen:
            continue
        seen.add(ch)
        for p in perms(s[:i] + s[i + 1:]):
            yield ch + p
print(list(perms("aabc")))

@lru_cache(maxsize=None)
def edit(a, b):
    if not a or not b:
        return len(a) + len(b)
    if a[0] == b[0]:
        return edit(a[1:], b[1:])
    return 1 + min(edit(a[1:], b), edit(a, b[1:]), edit(a[1:], b[1:]))
print(edit("kitten", "sitting"), edit("intention", "execution"), edit.cache_info().hits > 0)

grid = [list(r) for r in ["..#..", ".##..", "#...#", "..#..", "....#"]]
def fill(r, c, mark):
    if not (0 <= r < len(grid) and 0 <= c < len(grid[0])) or grid[r][c] != ".":
        return 0
    grid[r][c] = mark
    return 1 + sum(fill(r + dr, c + dc, mark) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))
sizes = []
for r in range(5):
    for c in range(5):
        if grid[r][c] == ".":
            sizes.append(fill(r, c, chr(ord("a") + len(sizes))))
print(sizes)
print("\n".join("".join(r) for r in grid))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([ackermann(2, n) for n in range(5)], ackermann(3, 3))

def make_counter():
    calls = {}
    def count(fn):
        def wrapper(*a):
            calls[fn.__name__] = calls.get(fn.__name__, 0) + 1
            return fn(*a)
        return wrapper
    return count, calls
count, calls = make_counter()
@count
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(15), calls)
sys.setrecursionlimit(5000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(3000))
def too_deep(n):
    return too_deep(n + 1)
try:
    too_deep(0)
except RecursionError as exc:
    print("RecursionError:", exc)
