import sys
from collections import deque

input = sys.stdin.readline
n, k = map(int, input().split())
a = list(map(int, input().split()))
assert len(a) == n

dq = deque()
maxes = []
for i, x in enumerate(a):
    while dq and a[dq[-1]] <= x:
        dq.pop()
    dq.append(i)
    if dq[0] <= i - k:
        dq.popleft()
    if i >= k - 1:
        maxes.append(a[dq[0]])
print(*maxes)

best = cur = sum(a[:k])
start = 0
for i in range(k, n):
    cur += a[i] - a[i - k]
    if cur > best:
        best, start = cur, i - k + 1
print("best window sum", best, "at", start, a[start:start + k])

best_any = run = a[0]
for x in a[1:]:
    run = max(x, run + x)
    best_any = max(best_any, run)
print("kadane", best_any)
prefix = [0]
for x in a:
    prefix.append(prefix[-1] + x)
q = int(input())
for _ in range(q):
    l, r = map(int, input().split())
    print(f"sum[{l}..{r}] = {prefix[r + 1] - prefix[l]}")
