def first_true(lo, hi, pred):
    while lo < hi:
        mid = (lo + hi) // 2
        if pred(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo


def isqrt(n):
    return first_true(0, n + 1, lambda x: x * x > n) - 1


def min_capacity(weights, days):
    def ok(cap):
        need, cur = 1, 0
        for w in weights:
            if cur + w > cap:
                need += 1
                cur = 0
            cur += w
        return need <= days
    return first_true(max(weights), sum(weights), ok)


print([isqrt(n) for n in [0, 1, 15, 16, 17, 10**12, 2**61]])
print(min_capacity([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5), min_capacity([3, 2, 2, 4, 1, 4], 3), min_capacity([1, 2, 3, 1, 1], 4))
import bisect
arr = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 4, 5, 10]:
    i, j = bisect.bisect_left(arr, x), bisect.bisect_right(arr, x)
    print(x, i, j, j - i, arr[i] if i < len(arr) else None)
