import sys
import math

data = sys.stdin.read().split()
n, q = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
block = max(1, math.isqrt(n))
sums = [sum(a[i:i + block]) for i in range(0, n, block)]
out = []
pos = 2 + n
for _ in range(q):
    kind, x, y = data[pos], int(data[pos + 1]), int(data[pos + 2])
    pos += 3
    if kind == "set":
        sums[x // block] += y - a[x]
        a[x] = y
    else:
        l, r = x, y
        total = 0
        while l <= r and l % block:
            total += a[l]
            l += 1
        while l + block - 1 <= r:
            total += sums[l // block]
            l += block
        while l <= r:
            total += a[l]
            l += 1
        out.append(total)
print(*out, sep="\n")
print("blocks:", len(sums), "check:", sum(a) == sum(sums))
