def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [tuple(x) for x in out]


def insert(intervals, new):
    return merge(intervals + [new])


def gaps(intervals, lo, hi):
    free, cur = [], lo
    for s, e in merge(intervals):
        if s > cur:
            free.append((cur, min(s, hi)))
        cur = max(cur, e)
    if cur < hi:
        free.append((cur, hi))
    return [g for g in free if g[0] < g[1]]


def intersect(a, b):
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if lo < hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


busy_ann = [(9, 10), (12, 13), (9.5, 11), (15, 17)]
busy_bob = [(8, 9), (10.5, 12.5), (16, 18)]
print(merge(busy_ann), merge(busy_bob))
print("ann free:", gaps(busy_ann, 8, 18))
print("both free:", intersect(gaps(busy_ann, 8, 18), gaps(busy_bob, 8, 18)))
print(insert([(1, 3), (6, 9)], (2, 5)), insert([(1, 2), (3, 5), (6, 7), (8, 10), (12, 16)], (4, 8)))
print(sum(e - s for s, e in merge(busy_ann + busy_bob)))
