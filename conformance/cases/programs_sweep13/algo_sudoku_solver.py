PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""
grid = [[int(c) if c != "." else 0 for c in row] for row in PUZZLE.split()]
calls = 0


def candidates(r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = r // 3 * 3, c // 3 * 3
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]


def solve():
    global calls
    calls += 1
    empty = [(r, c) for r in range(9) for c in range(9) if not grid[r][c]]
    if not empty:
        return True
    r, c = min(empty, key=lambda rc: len(candidates(*rc)))
    for d in candidates(r, c):
        grid[r][c] = d
        if solve():
            return True
    grid[r][c] = 0
    return False


print(solve(), calls)
for i, row in enumerate(grid):
    if i and i % 3 == 0:
        print("------+-------+------")
    print(" | ".join(" ".join(map(str, row[k:k + 3])) for k in (0, 3, 6)))
print(all(sorted(row) == list(range(1, 10)) for row in grid), all(sorted(col) == list(range(1, 10)) for col in zip(*grid)))
