# Unpacking in for loops over pairs, dict items and enumerate.
pairs = [("a", 1), ("b", 2), ("c", 3)]
for letter, number in pairs:
    print(letter * number)
for idx, (letter, number) in enumerate(pairs, start=10):
    print(idx, letter, number)
for key, value in {"k1": "v1", "k2": "v2"}.items():
    print(key, "=>", value)
for a, b, c in [(1, 2, 3), "xyz", range(3)]:
    print(a, b, c)
grid = [[1, 2, 3], [4, 5, 6]]
for row_index, (first, *others) in enumerate(grid):
    print(row_index, first, others)
totals = {}
for name, amount in [("x", 5), ("y", 3), ("x", 2)]:
    totals[name] = totals.get(name, 0) + amount
print(totals)
