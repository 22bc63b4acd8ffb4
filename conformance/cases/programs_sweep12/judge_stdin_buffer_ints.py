import sys

raw = sys.stdin.buffer.read()
nums = list(map(int, raw.split()))
t = nums[0]
pos = 1
for case in range(1, t + 1):
    n = nums[pos]
    arr = nums[pos + 1:pos + 1 + n]
    pos += 1 + n
    inv = sum(1 for i in range(n) for j in range(i + 1, n) if arr[i] > arr[j])
    pairs_sum_zero = len({(min(a, b), max(a, b)) for i, a in enumerate(arr) for b in arr[i + 1:] if a + b == 0})
    sys.stdout.write(f"Case {case}: n={n} sum={sum(arr)} inversions={inv} zero-pairs={pairs_sum_zero}\n")
print(type(raw).__name__, len(raw), raw[:10])
