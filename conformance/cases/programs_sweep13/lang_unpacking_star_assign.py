record = ("ann", "smith", 34, "oslo", "norway", "engineer")
first, last, age, *location, job = record
print(first, last, age, location, job)
(a, b), c, *_ = [(1, 2), 3, 4, 5]
print(a, b, c)
head, *tail = "moat"
print(head, tail)
*init, end = range(5)
print(init, end)
matrix = [[1, 2], [3, 4], [5, 6]]
for i, (x, y) in enumerate(matrix, start=1):
    print(i, x * y, end="; ")
print()
print(*matrix, sep=" | ")
print(dict(zip(*[["k1", "k2"], [10, 20]])))


def stats(*nums, precision=2, **labels):
    avg = round(sum(nums) / len(nums), precision)
    return {"n": len(nums), "avg": avg, **labels}


values = [3, 4, 8]
opts = {"precision": 1, "unit": "ms"}
print(stats(*values, **opts), stats(1, 2, label="x"))
x, y = y, x = 1, 2
print(x, y)
swap = [1, 2, 3]
swap[0], swap[2] = swap[2], swap[0]
print(swap, [*range(3), *"ab"], {**{"a": 1}, "b": 2})
