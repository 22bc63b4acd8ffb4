# Tuple packing, unpacking and swapping.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = (10, 20, 30)
print(x + y + z)
first, *rest = (1, 2, 3, 4)
print(first, rest)
*init, last = (1, 2, 3, 4)
print(init, last)
(p, q), r = (1, 2), 3
print(p, q, r)


def min_max_avg(values):
    return min(values), max(values), sum(values) / len(values)


lo, hi, avg = min_max_avg([4, 8, 15, 16, 23, 42])
print(lo, hi, avg)
result = min_max_avg([1, 2])
print(result, result[2])
for name, (w, h) in [("box", (2, 3)), ("sheet", (10, 1))]:
    print(name, w * h)
fib = [(0, 1)]
for _ in range(8):
    a, b = fib[-1]
    fib.append((b, a + b))
print([f[0] for f in fib])
