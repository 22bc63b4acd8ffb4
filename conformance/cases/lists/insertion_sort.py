# Hand-written sorts on lists: insertion, selection, merge and quick sort.
def insertion_sort(xs):
    xs = xs[:]
    for i in range(1, len(xs)):
        key = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > key:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = key
    return xs


def selection_sort(xs):
    xs = list(xs)
    for i in range(len(xs)):
        m = min(range(i, len(xs)), key=xs.__getitem__)
        xs[i], xs[m] = xs[m], xs[i]
    return xs


def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    return out + left[i:] + right[j:]


def quick_sort(xs):
    if len(xs) <= 1:
        return xs
    pivot = xs[len(xs) // 2]
    return (quick_sort([x for x in xs if x < pivot]) + [x for x in xs if x == pivot]
            + quick_sort([x for x in xs if x > pivot]))


data = [(i * 37 + 11) % 101 - 50 for i in range(40)]
for fn in (insertion_sort, selection_sort, merge_sort, quick_sort):
    result = fn(data)
    print(fn.__name__, result[:8], result == sorted(data))
print(merge_sort(["pear", "apple", "fig"]), quick_sort([2.5, -1, 0]), insertion_sort([]))
