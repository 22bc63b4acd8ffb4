# Divide-and-conquer recursion: fast power, max subarray, counting inversions.
def fast_pow(base, exp):
    if exp == 0:
        return 1
    half = fast_pow(base, exp // 2)
    return half * half * (base if exp % 2 else 1)


def max_subarray(xs, lo=0, hi=None):
    if hi is None:
        hi = len(xs)
    if hi - lo == 1:
        return xs[lo]
    mid = (lo + hi) // 2
    best_left = best_right = float("-inf")
    s = 0
    for i in range(mid - 1, lo - 1, -1):
        s += xs[i]
        best_left = max(best_left, s)
    s = 0
    for i in range(mid, hi):
        s += xs[i]
        best_right = max(best_right, s)
    return max(max_subarray(xs, lo, mid), max_subarray(xs, mid, hi), best_left + best_right)


def count_inversions(xs):
    if len(xs) <= 1:
        return xs, 0
    mid = len(xs) // 2
    left, a = count_inversions(xs[:mid])
    right, b = count_inversions(xs[mid:])
    merged, inv, i, j = [], a + b, 0, 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            inv += len(left) - i
            j += 1
    return merged + left[i:] + right[j:], inv


print([fast_pow(2, e) for e in range(11)], fast_pow(3, 100), fast_pow(1.5, 3))
print(max_subarray([-2, 1, -3, 4, -1, 2, 1, -5, 4]), max_subarray([-3, -1, -2]), max_subarray([5]))
print(count_inversions([2, 4, 1, 3, 5]), count_inversions(list(range(10, 0, -1)))[1])
