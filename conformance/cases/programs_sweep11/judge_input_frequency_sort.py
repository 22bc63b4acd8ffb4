n = int(input())
nums = list(map(int, input().split()))
from collections import Counter

c = Counter(nums)
order = sorted(nums, key=lambda x: (-c[x], x))
print(*order)
print(*sorted(c, key=lambda x: (c[x], -x)))
print(c.most_common(1)[0], len(c), sum(v for v in c.values() if v > 1))
