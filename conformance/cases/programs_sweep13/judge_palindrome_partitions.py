import sys

for s in sys.stdin.read().split():
    n = len(s)
    pal = [[False] * n for _ in range(n)]
    for i in range(n - 1, -1, -1):
        for j in range(i, n):
            pal[i][j] = s[i] == s[j] and (j - i < 2 or pal[i + 1][j - 1])
    cuts = [0] * n
    for j in range(n):
        cuts[j] = 0 if pal[0][j] else min(cuts[i - 1] + 1 for i in range(1, j + 1) if pal[i][j])
    longest = max(((i, j) for i in range(n) for j in range(i, n) if pal[i][j]), key=lambda p: (p[1] - p[0], -p[0]))
    print(s, "min cuts:", cuts[-1], "longest:", s[longest[0]:longest[1] + 1])
