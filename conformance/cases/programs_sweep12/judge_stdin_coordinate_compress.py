import sys
from bisect import bisect_left

data = list(map(int, sys.stdin.read().split()))
n = data[0]
xs = data[1:1 + n]
ranks = sorted(set(xs))
compressed = [bisect_left(ranks, x) for x in xs]
print(*compressed)


class Fenwick:
    def __init__(self, n):
        self.t = [0] * (n + 1)

    def add(self, i, v=1):
        i += 1
        while i < len(self.t):
            self.t[i] += v
            i += i & -i

    def sum(self, i):
        s = 0
        while i > 0:
            s += self.t[i]
            i -= i & -i
        return s


fw = Fenwick(len(ranks))
inversions = 0
for seen, c in enumerate(compressed):
    inversions += seen - fw.sum(c + 1)
    fw.add(c)
print("inversions:", inversions)
print("distinct:", len(ranks), "range:", ranks[0], ranks[-1])
