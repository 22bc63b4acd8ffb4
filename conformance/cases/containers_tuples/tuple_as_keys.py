# Tuples as dict keys and set members; hashing of nested tuples.
grid = {}
for x in range(3):
    for y in range(3):
        grid[(x, y)] = x * 3 + y
print(grid[(1, 2)], (2, 2) in grid, (3, 0) in grid, len(grid))
print(list(grid)[:4])
visited = set()
for p in [(0, 0), (0, 1), (0, 0), (1, 1), (0, 1)]:
    visited.add(p)
print(len(visited), sorted(visited))
print(hash((1, 2, 3)), hash(((1, 2), (3, 4))), hash(("a", "b")) == hash(("a", "b")))
print(hash((1.5, -7, "", True)), hash((2 ** 70, -(2 ** 70))))
memo = {}
def fib(n):
    if (n,) in memo:
        return memo[(n,)]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[(n,)] = r
    return r
print(fib(80), len(memo))
print({(): "empty", (None,): "none"}[()])
