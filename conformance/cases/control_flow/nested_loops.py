# Nested loops with early exits via flags and functions.
grid = [
    [5, 3, 8, 1],
    [9, 7, 0, 4],
    [2, 6, 5, 3],
]
found = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == 0:
            found = (r, c)
            break
    if found:
        break
print("zero at", found)


def first_pair_with_sum(xs, target):
    for i in range(len(xs)):
        for j in range(i + 1, len(xs)):
            if xs[i] + xs[j] == target:
                return i, j
    return None


print(first_pair_with_sum([1, 4, 6, 9, 11], 15), first_pair_with_sum([1, 2], 10))
pattern = []
for i in range(1, 5):
    line = ""
    for j in range(1, 5):
        if j > i:
            continue
        line += str(i * j).rjust(3)
    pattern.append(line)
print("\n".join(pattern))
count = 0
for a in range(10):
    for b in range(10):
        for c in range(10):
            if a + b + c == 9 and a < b < c:
                count += 1
print("combinations", count)
