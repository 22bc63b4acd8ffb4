import sys
data = sys.stdin.buffer.read().split()
t = int(data[0]); idx = 1
res = []
for case in range(1, t + 1):
    n = int(data[idx]); idx += 1
    arr = list(map(int, data[idx:idx + n])); idx += n
    best = cur = arr[0]
    for x in arr[1:]:
        cur = max(x, cur + x); best = max(best, cur)
    res.append(f"Case #{case}: {best}")
sys.stdout.write("\n".join(res) + "\n")
print(data[:3], type(data[0]).__name__)
