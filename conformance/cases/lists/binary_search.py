# Binary search, lower/upper bound and insertion into a sorted list.
def binary_search(xs, target):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


def lower_bound(xs, target):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


data = [1, 3, 3, 3, 5, 8, 13, 21, 34, 55]
for t in (1, 3, 4, 55, 0, 100, 21):
    print(t, binary_search(data, t), lower_bound(data, t))
s = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    s.insert(lower_bound(s, v), v)
    print(s)
print(binary_search([], 3), lower_bound([], 3))
