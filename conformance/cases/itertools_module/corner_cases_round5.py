import itertools as it
print(list(it.islice(range(10), 2, 8, 3)))
print(list(it.islice(range(10), None)))
print(list(it.islice("abcdef", 4)))
for bad in [(-1,), (1, -1), (0, 5, 0), ("a",)]:
    try:
        it.islice(range(5), *bad)
    except ValueError as e:
        print("ValueError", e)
print(list(it.accumulate([1, 2, 3, 4], initial=100)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([])), list(it.accumulate([], initial=0)))
print(list(it.chain.from_iterable(["ab", [1, 2], ()])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 2])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1, 2])))
print(list(it.filterfalse(None, [0, 1, "", "a", None])))
print([(k, list(g)) for k, g in it.groupby("aaabccdaa")])
print([(k, len(list(g))) for k, g in it.groupby(sorted("mississippi"))])
gb = it.groupby([1, 1, 2, 2, 3])
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2))
print(list(it.pairwise("abcd")), list(it.pairwise("a")))
print(list(it.product("ab", repeat=2)))
print(list(it.product()), list(it.product([], [1])))
print(list(it.permutations(range(3), 2)))
print(list(it.permutations("ab", 5)))
print(list(it.combinations("abcd", 2)))
print(list(it.combinations_with_replacement("abc", 2)))
print(list(it.starmap(pow, [(2, 3), (3, 2), (10, 0)])))
print(list(it.zip_longest("ab", [1, 2, 3], fillvalue="-")))
a, b, c = it.tee(iter([1, 2, 3]), 3)
print(list(a), list(b), next(c))
print(list(it.repeat("x", 3)), list(it.repeat("y", -1)))
print(list(zip(it.count(5, 0.5), "abc")))
print(list(zip(it.cycle([1, 2]), range(5))))
try:
    it.repeat()
except TypeError as e:
    print("TypeError", e)
try:
    list(it.permutations([1], -1))
except ValueError as e:
    print("ValueError", e)
try:
    it.combinations("ab")
except TypeError as e:
    print("TypeError", e)
try:
    it.tee([1], -1)
except ValueError as e:
    print("ValueError", e)
print(repr(it.count(3)), repr(it.count(1.5, 2)), repr(it.repeat(2, 3)))
c = it.count(); next(c); print(repr(c))
