import random


def bubble(a):
    a = a[:]
    swaps = 0
    for i in range(len(a)):
        for j in range(len(a) - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swaps += 1
    return a, swaps


def merge_sort(a):
    if len(a) <= 1:
        return a, 0
    mid = len(a) // 2
    left, il = merge_sort(a[:mid])
    right, ir = merge_sort(a[mid:])
    out, i, j, inv = [], 0, 0, il + ir
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
            inv += len(left) - i
    return out + left[i:] + right[j:], inv


def quick(a):
    if len(a) <= 1:
        return a
    pivot = a[len(a) // 2]
    return quick([x for x in a if x < pivot]) + [x for x in a if x == pivot] + quick([x for x in a if x > pivot])


def counting(a, k):
    c = [0] * (k + 1)
    for x in a:
        c[x] += 1
    return [i for i, n in enumerate(c) for _ in range(n)]


rng = random.Random(2024)
data = [rng.randint(0, 50) for _ in range(25)]
print(data)
b, swaps = bubble(data)
m, inversions = merge_sort(data)
print(b == m == quick(data) == counting(data, 50) == sorted(data), swaps, inversions)
print(m)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=lambda w: (len(w), w)))
records = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(records, key=lambda r: r[1]), sorted(sorted(records), key=lambda r: -r[1]))
