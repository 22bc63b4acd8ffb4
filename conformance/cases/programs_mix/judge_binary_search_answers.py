import bisect
from math import isqrt


def lower_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def min_capacity(weights, days):
    lo, hi = max(weights), sum(weights)
    while lo < hi:
        cap = (lo + hi) // 2
        need, cur = 1, 0
        for w in weights:
            if cur + w > cap:
                need, cur = need + 1, 0
            cur += w
        if need <= days:
            hi = cap
        else:
            lo = cap + 1
    return lo


def sqrt_float(x, eps=1e-12):
    lo, hi = 0.0, max(1.0, x)
    for _ in range(100):
        mid = (lo + hi) / 2
        if mid * mid < x:
            lo = mid
        else:
            hi = mid
    return lo


a = [1, 3, 3, 3, 7, 9, 12]
for x in [0, 3, 4, 12, 13]:
    print(x, lower_bound(a, x), bisect.bisect_left(a, x), bisect.bisect_right(a, x))
print(min_capacity([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5), min_capacity([3, 2, 2, 4, 1, 4], 3))
print(f"{sqrt_float(2):.10f}", isqrt(10**20 + 1), round(sqrt_float(1e6), 6))
grades = "FDCBA"
cut = [60, 70, 80, 90]
print([grades[bisect.bisect(cut, s)] for s in [33, 99, 77, 70, 89, 90, 100]])
sorted_list = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(sorted_list, v)
print(sorted_list, bisect.bisect_left(sorted_list, 5, lo=2, hi=6))
recs = sorted([("bob", 30), ("amy", 25), ("cat", 35)], key=lambda r: r[1])
print(bisect.bisect_left(recs, 30, key=lambda r: r[1]), recs[bisect.bisect(recs, 26, key=lambda r: r[1]):])
n, q = 8, "3 9 1 27 81 2"
pows = [3 ** i for i in range(n)]
print(" ".join("YES" if (j := bisect.bisect_left(pows, int(t))) < n and pows[j] == int(t) else "NO" for t in q.split()))
