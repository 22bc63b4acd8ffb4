# Unpacking and iterating ranges manually.
a, b, c = range(3)
print(a, b, c)
first, *mid, last = range(10, 60, 10)
print(first, mid, last)
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "end"))
print(*range(5), sep=",")
print([*range(3), *range(5, 7)], (*range(2),), {*range(4)})
try:
    x, y = range(3)
except ValueError as e:
    print("ValueError", e)
