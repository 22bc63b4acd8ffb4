from itertools import (permutations, combinations, combinations_with_replacement, product,
                       accumulate, groupby, chain, islice, count, cycle, repeat, starmap,
                       zip_longest, compress, dropwhile, takewhile, tee, pairwise, filterfalse)
import operator
print(list(permutations('abc', 2)))
print(len(list(permutations(range(6)))), next(permutations([3, 1, 2])))
print(list(combinations([1, 2, 3, 4], 3)))
print(list(combinations_with_replacement('xy', 3)))
print(list(product([0, 1], repeat=3))[:5], list(product('ab', [1, 2])))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(accumulate([])), list(accumulate([], initial=0)))
for k, g in groupby(sorted("mississippi")):
    print(k, len(list(g)), end='; ')
print()
print([(k, list(g)) for k, g in groupby([1, 1, 2, 3, 3, 3, 1], key=lambda x: x % 2)])
print(list(chain.from_iterable([[1], [2, 3], []])), list(chain('ab', (1,))))
print(list(islice(count(5, 3), 4)), list(islice(cycle('ab'), 5)), list(repeat(7, 3)))
print(list(islice(range(100), 10, 30, 7)), list(islice('abcdef', None, None, 2)))
print(list(starmap(pow, [(2, 5), (3, 2)])))
print(list(zip_longest('abc', [1], fillvalue='-')))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4])))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b))
print(list(pairwise('abcd')), list(filterfalse(None, [0, 1, '', 'x'])))
best = max(permutations([1, 5, 3, 9]), key=lambda p: sum(i * x for i, x in enumerate(p)))
print(best)
subsets = [c for r in range(4) for c in combinations('abc', r)]
print(subsets)
print(sum(1 for p in product(range(1, 7), repeat=3) if sum(p) == 10))
tsp = {(0,1): 10, (0,2): 15, (0,3): 20, (1,2): 35, (1,3): 25, (2,3): 30}
d = lambda a, b: tsp[(min(a, b), max(a, b))]
routes = sorted((sum(d(a, b) for a, b in pairwise((0,) + p + (0,))), p) for p in permutations([1, 2, 3]))
for r in routes:
    print(r)
print(list(accumulate(range(1, 11), lambda a, b: a * b))[-1])
it = count()
print(next(it), next(it), repr(it))
print(repr(repeat('x', 2)), repr(count(1.5, 0.5)))
c = cycle([1])
print(next(c), next(c))
print(list(zip(*[iter(range(9))] * 3)))
print(list(map(list, zip(*[[1, 2, 3], [4, 5, 6]]))))
