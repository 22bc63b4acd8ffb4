from itertools import groupby, accumulate, pairwise, product, permutations, combinations_with_replacement, chain, zip_longest, starmap, repeat, tee, filterfalse

sales = [("jan", 120), ("feb", 135), ("mar", 128), ("apr", 160), ("may", 158), ("jun", 190)]
print(list(accumulate(v for _, v in sales)))
print(list(accumulate((v for _, v in sales), max)))
print([(a[0], b[0], b[1] - a[1]) for a, b in pairwise(sales)])
print([k for k, g in groupby(sales, key=lambda s: s[1] > 150)], [len(list(g)) for _, g in groupby("aaabccdd")])
print(list(product("AB", range(2))), len(list(permutations(range(4), 2))))
print(list(combinations_with_replacement("xyz", 2)))
print(list(chain.from_iterable([[1, 2], (3,), "ab"])), list(zip_longest("abc", [1], fillvalue="-")))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(repeat("x", 3)))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b), list(filterfalse(str.isdigit, "a1b2c3")))
print(list(accumulate([1, 2, 3], initial=100)))
