# range: construction, len, indexing, slicing, membership, repr, equality.
r = range(10)
print(r, range(2, 10), range(2, 10, 3), range(10, 0, -2), range(0), range(-5, 5, 1))
print(len(r), len(range(2, 10, 3)), len(range(10, 0, -2)), len(range(5, 0)), len(range(0, -10, -3)))
print(list(range(2, 10, 3)), list(range(10, 0, -3)), list(range(0)), list(range(-3, 3)))
print(r[0], r[-1], r[5], range(2, 10, 3)[2], range(10, 0, -3)[-1])
print(r[2:5], r[::-1], r[::2], r[-3:], r[5:100], range(2, 20, 3)[1:5:2], r[::-3])
print(3 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 3.0 in r, "3" in r)
print(r.count(3), r.count(11), range(0, 10, 2).index(6), r.start, r.stop, r.step)
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 1), range(1, 2) == range(1, 5, 10))
print(range(3) == [0, 1, 2], range(3) != range(3), list(reversed(range(1, 10, 3))))
print(bool(range(0)), bool(range(1)), sum(range(101)), max(range(-5, 3)), min(range(4, 0, -1)))
print(hash(range(0)) == hash(range(5, 5)), hash(range(1, 2)) == hash(range(1, 7, 10)))
print(range(True, 5), range(3)[True], list(range(3, 0, -1)), tuple(range(2)))
acc = []
for i in range(3):
    for j in range(i):
        acc.append((i, j))
print(acc)
