def unique_paths(grid):
    h, w = len(grid), len(grid[0])
    dp = [[0] * w for _ in range(h)]
    for r in range(h):
        for c in range(w):
            if grid[r][c] == "#":
                continue
            if r == 0 and c == 0:
                dp[r][c] = 1
            else:
                dp[r][c] = (dp[r - 1][c] if r else 0) + (dp[r][c - 1] if c else 0)
    return dp[-1][-1]


def min_path_sum(costs):
    h, w = len(costs), len(costs[0])
    best = [[float("inf")] * w for _ in range(h)]
    best[0][0] = costs[0][0]
    for r in range(h):
        for c in range(w):
            if r:
                best[r][c] = min(best[r][c], best[r - 1][c] + costs[r][c])
            if c:
                best[r][c] = min(best[r][c], best[r][c - 1] + costs[r][c])
    return best[-1][-1]


print(unique_paths(["...", "...", "..."]), unique_paths(["..#", "...", "#.."]), unique_paths(["#.."]), unique_paths(["." * 10] * 10))
print(min_path_sum([[1, 3, 1], [1, 5, 1], [4, 2, 1]]), min_path_sum([[5]]), min_path_sum([[1, 2, 3], [4, 5, 6]]))


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


print([edit_distance(a, b) for a, b in [("kitten", "sitting"), ("", "abc"), ("flaw", "lawn"), ("same", "same")]])
