from itertools import (groupby, pairwise, islice, product, permutations, combinations,
                       accumulate, chain, count, cycle, repeat, starmap, tee, zip_longest,
                       takewhile, dropwhile, compress, filterfalse, combinations_with_replacement)
import operator


def chunked(iterable, n):
    it = iter(iterable)
    while chunk := tuple(islice(it, n)):
        yield chunk


def sliding(iterable, n):
    its = tee(iterable, n)
    for i, it in enumerate(its):
        for _ in range(i):
            next(it, None)
    return zip(*its)


def roundrobin(*iterables):
    iters = [iter(it) for it in iterables]
    while iters:
        for it in list(iters):
            try:
                yield next(it)
            except StopIteration:
                iters.remove(it)


def unique_everseen(iterable, key=None):
    seen = set()
    for x in iterable:
        k = x if key is None else key(x)
        if k not in seen:
            seen.add(k)
            yield x


words = "apple avocado banana blueberry cherry cranberry date apricot".split()
for letter, group in groupby(sorted(words), key=lambda w: w[0]):
    print(letter, list(group))
print(list(chunked(range(10), 3)))
print(list(sliding("abcdef", 3)))
print(list(pairwise([1, 4, 9, 16])), [b - a for a, b in pairwise([1, 4, 9, 16])])
print(list(roundrobin("ABC", "d", "EF")))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate(range(1, 6), operator.mul, initial=10)))
print(len(list(product("ab", repeat=3))), list(permutations("abc", 2))[:4])
print(list(combinations(range(4), 3)), list(combinations_with_replacement("xy", 2)))
print(list(islice(cycle("xyz"), 7)), list(repeat(0, 3)), list(zip(count(10, 5), "abc")))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(takewhile(lambda x: x < 5, [1, 3, 6, 2])), list(dropwhile(lambda x: x < 5, [1, 3, 6, 2])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(filterfalse(str.isdigit, "a1b2c3")))
print(list(chain.from_iterable(["ab", "cd"])), sum(1 for _ in chain("abc", [1, 2])))
runs = [(k, len(list(g))) for k, g in groupby("aaabccddddde")]
print(runs, "".join(f"{k}{n}" for k, n in runs))
