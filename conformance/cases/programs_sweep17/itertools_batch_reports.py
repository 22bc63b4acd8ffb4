# Batch reporting pipeline on itertools/operator/functools building blocks.
import itertools as it
import operator as op
from functools import reduce, partial

sales = [
    ("2024-01", "north", "apples", 12), ("2024-01", "north", "pears", 3),
    ("2024-01", "south", "apples", 7), ("2024-02", "north", "apples", 5),
    ("2024-02", "south", "plums", 9), ("2024-02", "south", "apples", 1),
    ("2024-03", "east", "pears", 4), ("2024-01", "east", "plums", 2),
]

print("groupby unsorted month:", [(k, len(list(g))) for k, g in it.groupby(sales, key=op.itemgetter(0))])
by_region = sorted(sales, key=op.itemgetter(1, 0))
for region, grp in it.groupby(by_region, key=op.itemgetter(1)):
    grp = list(grp)
    print(f"{region:6} {sum(map(op.itemgetter(3), grp)):3} {[g[2] for g in grp]}")
print(list(it.accumulate([3, 1, 4, 1, 5], op.mul, initial=1)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate("abc")))
print(list(it.pairwise("ABCD")), list(it.pairwise([1])))
print(list(it.islice(it.count(1.5, 0.5), 4)), repr(it.count(1.5, 0.5)), repr(it.count()), repr(it.repeat("x", 3)), repr(it.repeat(2)))
c = it.count(10, -3)
next(c); next(c)
print(repr(c), list(it.islice(it.cycle("ab"), 5)), list(it.repeat(0, 3)))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, -1)])), list(it.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(it.zip_longest("ab", [1, 2, 3], fillvalue="-")), list(it.filterfalse(str.isdigit, "a1b2")))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.product("ab", repeat=2)), len(list(it.product(range(3), "xy", [0]))))
print(list(it.permutations([1, 2, 3], 2)), list(it.combinations("abcd", 3))[:3])
print(list(it.combinations_with_replacement("ab", 3)), list(it.chain.from_iterable(["ab", "", "c"])))
a, b = it.tee(iter([1, 2, 3]))
print(next(a), list(b), list(a))
print(list(it.islice(range(100), 5, 40, 10)), list(it.islice("abc", None)), list(it.islice("abcdef", 2, None)))
try:
    it.islice("abc", -1)
except ValueError as exc:
    print("ValueError:", exc)
print(reduce(op.add, [[1], [2, 3], []], []), reduce(lambda a, b: a * 10 + b, [1, 2, 3]), reduce(op.mul, [], 1))
try:
    reduce(op.add, [])
except TypeError as exc:
    print("TypeError:", exc)
getters = [op.itemgetter(1), op.itemgetter(0, 2), op.attrgetter("real"), op.attrgetter("real", "imag"), op.methodcaller("split", "-", 1)]
for g in getters:
    print(repr(g))
print(op.itemgetter(0, 2)("xyz"), op.attrgetter("imag")(3 + 4j), op.methodcaller("split", "-", 1)("a-b-c"))
add5 = partial(op.add, 5)
print(repr(partial(pow, 2)), add5(10), partial(add5)(1), partial(int, base=2)("1011"))
print(op.index(7), op.length_hint([1, 2]), op.length_hint(iter([]), 9), op.concat("ab", "cd"), op.contains([1], 1), op.countOf([1, 1, 2], 1))
print(op.neg(3), op.truth([]), op.is_(None, None), op.getitem({"a": 1}, "a"), op.not_(0), op.floordiv(-7, 2), op.mod(-7, 2))
monthly = {m: sum(x[3] for x in g) for m, g in it.groupby(sorted(sales), op.itemgetter(0))}
running = list(it.accumulate(monthly.values()))
for (m, v), r in zip(monthly.items(), running):
    print(f"{m}: {v:>3} cum {r:>3} {'#' * v}")
windows = [tuple(w) for w in zip(*(it.islice(running, i, None) for i in range(2)))]
print(windows, sum(1 for _ in it.combinations(range(6), 3)))
print(sorted(it.chain(*({k: 1} for k in "cab"))), dict(it.zip_longest("ab", "x")))
