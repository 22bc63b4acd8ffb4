# Two-pointer and sliding-window techniques.
def pair_with_sum(xs, target):
    xs = sorted(xs)
    i, j = 0, len(xs) - 1
    while i < j:
        s = xs[i] + xs[j]
        if s == target:
            return xs[i], xs[j]
        if s < target:
            i += 1
        else:
            j -= 1
    return None


def max_window(xs, k):
    window = sum(xs[:k])
    best = window
    for i in range(k, len(xs)):
        window += xs[i] - xs[i - k]
        best = max(best, window)
    return best


def merge_sorted(a, b):
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i]); i += 1
        else:
            out.append(b[j]); j += 1
    out.extend(a[i:]); out.extend(b[j:])
    return out


nums = [8, 3, -2, 7, 11, 4, 1]
for t in (9, 15, 100, 5):
    print(t, pair_with_sum(nums, t))
print(max_window(nums, 2), max_window(nums, 3), max_window(nums, 7))
print(merge_sorted([1, 4, 9], [2, 3, 10, 11]), merge_sorted([], [1]))
