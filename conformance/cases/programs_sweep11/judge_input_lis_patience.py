import bisect

n = int(input())
a = list(map(int, input().split()))
tails = []
prev = [-1] * n
idx = []
for i, x in enumerate(a):
    k = bisect.bisect_left(tails, x)
    if k == len(tails):
        tails.append(x)
        idx.append(i)
    else:
        tails[k] = x
        idx[k] = i
    prev[i] = idx[k - 1] if k else -1
seq = []
j = idx[-1] if idx else -1
while j != -1:
    seq.append(a[j])
    j = prev[j]
print(len(tails))
print(*reversed(seq))
