# all and any.
print(all([]), any([]), all([1, 2, 3]), all([1, 0]), any([0, 0, 3]), any([0, "", None]))
print(all("abc"), any(""), all([[]]), any([[]]), all(x > 0 for x in [1, 2]), any(x > 5 for x in range(5)))
checks = []


def probe(v):
    checks.append(v)
    return v


print(any(probe(v) for v in [0, 0, 1, 0, 1]), checks)
checks.clear()
print(all(probe(v) for v in [1, 1, 0, 1]), checks)
grid = [[1, 2], [3, 4]]
print(all(all(v > 0 for v in row) for row in grid), any(4 in row for row in grid))
try:
    all(5)
except TypeError as e:
    print("TypeError", e)
try:
    any()
except TypeError as e:
    print("TypeError", e)
