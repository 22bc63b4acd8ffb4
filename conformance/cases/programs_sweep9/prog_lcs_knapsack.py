from functools import lru_cache
def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a, 1):
        for j, y in enumerate(b, 1):
            dp[i][j] = dp[i - 1][j - 1] + 1 if x == y else max(dp[i - 1][j], dp[i][j - 1])
    out = []
    i, j = len(a), len(b)
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif dp[i - 1][j] >= dp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return dp[-1][-1], "".join(reversed(out))
print(lcs("AGGTAB", "GXTXAYB"), lcs("", "abc"), lcs("abc", "abc"))
def knapsack(items, cap):
    @lru_cache(maxsize=None)
    def best(i, c):
        if i == len(items):
            return (0, ())
        w, v, name = items[i]
        skip = best(i + 1, c)
        if w > c:
            return skip
        tv, tn = best(i + 1, c - w)
        take = (tv + v, (name,) + tn)
        return max(skip, take)
    return best(0, cap), best.cache_info().currsize
items = [(12, 4, "gold"), (2, 2, "silver"), (1, 1, "bronze"), (1, 2, "gem"), (4, 10, "crown")]
print(knapsack(items, 15))
def edit_distance(s, t):
    prev = list(range(len(t) + 1))
    for i, a in enumerate(s, 1):
        cur = [i]
        for j, b in enumerate(t, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a != b)))
        prev = cur
    return prev[-1]
print([edit_distance(a, b) for a, b in [("kitten", "sitting"), ("", "abc"), ("flaw", "lawn"), ("same", "same")]])
