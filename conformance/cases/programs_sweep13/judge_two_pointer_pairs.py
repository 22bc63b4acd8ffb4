import sys

data = sys.stdin.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n, target = int(data[pos]), int(data[pos + 1])
    arr = sorted(map(int, data[pos + 2:pos + 2 + n]))
    pos += 2 + n
    i, j = 0, n - 1
    pairs = []
    while i < j:
        s = arr[i] + arr[j]
        if s == target:
            pairs.append((arr[i], arr[j]))
            i += 1
            j -= 1
        elif s < target:
            i += 1
        else:
            j -= 1
    print(len(pairs), *(f"{a}+{b}" for a, b in pairs))
