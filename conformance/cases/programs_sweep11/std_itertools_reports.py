from itertools import groupby, accumulate, product, permutations, combinations, chain, islice, count, zip_longest
from operator import itemgetter

sales = [("east", "jan", 10), ("east", "feb", 15), ("west", "jan", 7), ("west", "feb", 3), ("west", "mar", 12)]
for region, grp in groupby(sales, key=itemgetter(0)):
    g = list(grp)
    print(region, sum(x[2] for x in g), list(accumulate(x[2] for x in g)))
print(list(accumulate([5, -2, 8, -10, 4], max)), list(accumulate(range(1, 6), lambda a, b: a * b)))
sizes = ["S", "M"]
colors = ["red", "blue"]
print(["-".join(p) for p in product(sizes, colors)], len(list(product(range(3), repeat=3))))
print(["".join(p) for p in permutations("abc")][:4], list(combinations(range(5), 3))[-2:])
print(list(chain([1], (2, 3), "ab", {4: 5})), list(islice(count(1, 0.5), 4)))
print(list(zip_longest("ab", "xyz", "q", fillvalue=0)))
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry", "akee"], key=lambda w: w[0])
print({k: len(list(v)) for k, v in groupby(data, key=lambda w: w[0])})
print([k for k, _ in groupby("aaabccdaa")], [(k, len(list(g))) for k, g in groupby("aaabccdaa")])
