import bisect


def lower_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def search_rotated(a, x):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid
        if a[lo] <= a[mid]:
            if a[lo] <= x < a[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if a[mid] < x <= a[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1


def isqrt_search(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo


data = [1, 3, 3, 3, 5, 8, 13, 21]
for x in (0, 3, 4, 21, 22):
    print(x, lower_bound(data, x), bisect.bisect_left(data, x), bisect.bisect_right(data, x))
rot = [15, 18, 22, 3, 7, 9, 11]
print([search_rotated(rot, x) for x in (3, 15, 11, 10)])
print([isqrt_search(n) for n in (0, 1, 15, 16, 10**12 + 1)])
grades = []
for g in [70, 95, 60, 85, 90]:
    bisect.insort(grades, g)
print(grades, bisect.bisect(grades, 85, lo=2))
