def merge_sort(a, key=lambda x: x):
    if len(a) <= 1:
        return list(a)
    mid = len(a) // 2
    left, right = merge_sort(a[:mid], key), merge_sort(a[mid:], key)
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if key(right[j]) < key(left[i]):
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    return out + left[i:] + right[j:]


def quicksort(a):
    if len(a) < 2:
        return a
    pivot = a[len(a) // 2]
    return quicksort([x for x in a if x < pivot]) + [x for x in a if x == pivot] + quicksort([x for x in a if x > pivot])


def insertion_sort(a):
    a = list(a)
    for i in range(1, len(a)):
        x = a[i]
        j = i - 1
        while j >= 0 and a[j] > x:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = x
    return a


def counting_sort(a):
    if not a:
        return []
    lo = min(a)
    counts = [0] * (max(a) - lo + 1)
    for x in a:
        counts[x - lo] += 1
    return [i + lo for i, c in enumerate(counts) for _ in range(c)]


data = [38, 27, 43, 3, 9, 82, 10, 3, -5, 0]
for f in (merge_sort, quicksort, insertion_sort, counting_sort):
    r = f(data)
    print(f.__name__, r, r == sorted(data))
pairs = [("b", 2), ("a", 2), ("c", 1), ("d", 2)]
print(merge_sort(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[1]) == merge_sort(pairs, key=lambda p: p[1]))
print(quicksort(list("sorting")), insertion_sort([]), counting_sort([5]), merge_sort("zyx"))
