import itertools as it
from operator import itemgetter

sales = [
    ("north", "2024-01", 120), ("north", "2024-02", 90), ("south", "2024-01", 75),
    ("south", "2024-02", 130), ("east", "2024-01", 60), ("north", "2024-03", 110),
]
sales.sort(key=itemgetter(0, 1))
for region, rows in it.groupby(sales, key=itemgetter(0)):
    rows = list(rows)
    print(region, sum(r[2] for r in rows), [r[1] for r in rows])

print([(k, len(list(g))) for k, g in it.groupby("aaabccdddd")])
print(list(it.chain([1, 2], (3,), "ab")), list(it.chain.from_iterable([[1], [2, 3], []])))
print(list(it.islice(it.count(10, 5), 3, 8, 2)))
print(list(it.islice("abcdefg", 2)), list(it.islice("abcdefg", 2, None)))
print(list(it.zip_longest("abc", [1, 2], fillvalue="-")))
print(list(it.pairwise([1, 4, 9, 16])), list(it.pairwise("a")))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3], initial=100)))
print(list(it.product("ab", repeat=2)), len(list(it.product(range(3), range(4)))))
print(list(it.permutations([1, 2, 3], 2)))
print(list(it.combinations("abcd", 3)), list(it.combinations_with_replacement("ab", 2)))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(None, [0, 1, "", "x", None])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.repeat("z", 3)), list(zip(range(3), it.repeat(0))))
a, b = it.tee(iter([1, 2, 3]))
print(next(a), list(a), list(b))
cyc = it.cycle("xy")
print([next(cyc) for _ in range(5)])

def batched(iterable, n):
    itr = iter(iterable)
    while chunk := tuple(it.islice(itr, n)):
        yield chunk
print(list(batched(range(10), 4)))

def sliding(seq, n):
    its = it.tee(seq, n)
    for i, x in enumerate(its):
        for _ in range(i):
            next(x, None)
    return zip(*its)
print(list(sliding(range(6), 3)))

def flatten(x):
    for e in x:
        if isinstance(e, (list, tuple)):
            yield from flatten(e)
        else:
            yield e
print(list(flatten([1, [2, (3, [4])], 5])))
print(sum(1 for _ in it.combinations(range(10), 4)))
try:
    it.islice([], -1)
except ValueError as e:
    print("ValueError", e)
try:
    list(it.permutations([1], -1))
except ValueError as e:
    print("ValueError", e)
print(repr(it.count(1.5, 0.5)), next(it.count(1.5, 0.5)))
r = it.repeat(1, 2)
print(repr(r))
print(list(it.groupby([])), [list(g) for k, g in it.groupby([1, 1, 2])])
