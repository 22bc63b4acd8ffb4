import itertools as it
data = [("a", 1), ("a", 2), ("b", 3), ("a", 4)]
for k, grp in it.groupby(data, key=lambda p: p[0]):
    print(k, [v for _, v in grp])
print(list(it.accumulate([1, 2, 3, 4], lambda a, b: a * b, initial=10)))
print(list(it.pairwise("abcd")), list(it.batched("abcde", 2)) if hasattr(it, "batched") else "no batched")
print(list(it.islice(it.count(5, 3), 2, 6)), list(it.islice("abcdef", None, None, 2)))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1])), list(it.starmap(divmod, [(7, 2), (9, 4)])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.filterfalse(str.isdigit, "a1b2")), list(it.zip_longest("ab", [1], fillvalue="-")))
print(list(it.product("ab", repeat=2)), len(list(it.permutations(range(4), 2))))
print(list(it.combinations_with_replacement("ab", 2)), list(it.chain.from_iterable(["xy", "z"])))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b), list(it.repeat("x", 3)), list(it.cycle([]))[:2])
try:
    list(it.islice([1], -1))
except ValueError as e:
    print("ValueError", e)
try:
    it.repeat(1, "a")
except TypeError as e:
    print("TypeError", e)
