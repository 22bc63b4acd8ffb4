import sys

data = sys.stdin.read().split("\n")
target = int(data[0])
arr = sorted(map(int, data[1].split()))
i, j = 0, len(arr) - 1
pairs = []
while i < j:
    s = arr[i] + arr[j]
    if s == target:
        pairs.append((arr[i], arr[j]))
        i += 1
        j -= 1
        while i < j and arr[i] == arr[i - 1]:
            i += 1
    elif s < target:
        i += 1
    else:
        j -= 1
print("pairs:", pairs)
triples = set()
for k in range(len(arr)):
    lo, hi = k + 1, len(arr) - 1
    while lo < hi:
        s = arr[k] + arr[lo] + arr[hi]
        if s == 0:
            triples.add((arr[k], arr[lo], arr[hi]))
            lo += 1
        elif s < 0:
            lo += 1
        else:
            hi -= 1
print("zero triples:", sorted(triples))
best = min(((abs(a + b - target), a, b) for idx, a in enumerate(arr) for b in arr[idx + 1:]))
print("closest:", best)
