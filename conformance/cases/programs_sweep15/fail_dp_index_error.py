def solve(grid):
    n, m = len(grid), len(grid[0])
    dp = [[0] * m for _ in range(n)]
    for i in range(n):
        for j in range(m):
            best = max(dp[i - 1][j] if i else 0,
                       dp[i][j - 1] if j else 0)
            dp[i][j] = best + grid[i][j]
    print(dp)
    return dp[n][m - 1]
print(solve([[1, 2, 3], [4, 5, 6]]))
