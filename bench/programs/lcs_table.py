# A longest-common-subsequence table of two 700-character strings: indexing
# text and lists in a double loop, max() of two ints.
def lcs(a, b):
    m, n = len(a), len(b)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(1, m + 1):
        ai = a[i - 1]
        row, prev = dp[i], dp[i - 1]
        for j in range(1, n + 1):
            if ai == b[j - 1]:
                row[j] = prev[j - 1] + 1
            else:
                row[j] = max(prev[j], row[j - 1])
    return dp[m][n]
import random
random.seed(5)
a = "".join(random.choice("ACGT") for _ in range(700))
b = "".join(random.choice("ACGT") for _ in range(700))
print(lcs(a, b))
