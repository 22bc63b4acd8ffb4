def median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]


print(median([3, 1, 2]))
print(median([]))
