# CPython's zip, enumerate, dict.items iteration and the itertools
# combinatorics reuse their result tuple when nobody else holds it; an
# interpreter without reference counts that reused it anyway would change
# a tuple the script still holds (a mutable "immutable" tuple, and a
# stale hash in any dict or set keyed by it). Each result kept across
# next() calls must stay a distinct, unchanged tuple.
# expect-output: ([(0, 0), (1, 1), (2, 2), (3, 3)], 4)
# expect-output: ([(0, 'a'), (1, 'b'), (2, 'c'), (3, 'd')], 4)
# expect-output: ([(1, 2), (3, 4), (5, 6), (7, 8)], 4)
# expect-output: ([('a', 'c'), ('a', 'd'), ('b', 'c'), ('b', 'd')], 4)
# expect-output: ([(0, 1), (0, 2), (0, 3), (0, 4)], 4)
# expect-output: ([(0, 1), (0, 2), (1, 0), (1, 2)], 4)
# expect-output: ([(0, 0), (0, 1), (0, 2), (1, 1)], 4)
# expect-output: ([(0, 1), (1, 2), (2, 3), (3, 4)], 4)
# expect-output: ([(0, 0), (1, 1), (2, 2), (None, 3)], 4)
# expect-output: ([(0, 0), (1, 1), (2, 2), (3, 3)], 4)
# expect-output: ([(1, 2), (1, 2), (1, 2), (1, 2)], 4)
# expect-output: 3
import itertools
def keep(it, n=4):
    got = [next(it) for _ in range(n)]
    return got, len(set(map(id, got)))
print(keep(zip(range(10), range(10))))
print(keep(enumerate("abcdef")))
print(keep(iter({1: 2, 3: 4, 5: 6, 7: 8}.items())))
print(keep(itertools.product("ab", "cd")))
print(keep(itertools.combinations(range(5), 2)))
print(keep(itertools.permutations(range(3), 2)))
print(keep(itertools.combinations_with_replacement(range(3), 2)))
print(keep(itertools.pairwise(range(10))))
print(keep(itertools.zip_longest(range(3), range(10))))
print(keep(map(lambda *a: a, range(10), range(10))))
print(keep(itertools.starmap(lambda *a: a, [(1, 2)] * 5)))
print(keep(itertools.groupby("aabbccdd"), 3)[1])
