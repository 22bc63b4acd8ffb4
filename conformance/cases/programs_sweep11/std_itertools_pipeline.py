import itertools as it

data = [("a", 1), ("a", 2), ("b", 3), ("c", 4), ("c", 5), ("a", 6)]
for k, g in it.groupby(data, key=lambda t: t[0]):
    print(k, [v for _, v in g])
print(list(it.accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(it.accumulate([3, 1, 2], max, initial=0)))
print(list(it.chain.from_iterable(["ab", "cd"])), list(it.islice(it.count(10, 5), 2, 6)))
print(list(it.combinations("abcd", 2))[:4], len(list(it.permutations(range(4), 3))))
print(list(it.product("ab", repeat=2)), list(it.combinations_with_replacement([1, 2], 2)))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1])), list(it.filterfalse(str.isdigit, "a1b2")))
print(list(it.pairwise("abcd")), [list(x) for x in it.tee([1, 2], 2)], list(it.repeat("x", 3)))
cyc = it.cycle("AB")
print([next(cyc) for _ in range(5)])
try:
    it.islice([], -1)
except ValueError as e:
    print("ValueError", e)
try:
    list(it.combinations([1], -2))
except ValueError as e:
    print("ValueError", e)
