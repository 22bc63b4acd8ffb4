from itertools import permutations, combinations, combinations_with_replacement as cwr
res = []
for n in range(0, 7):
    pool = [[k] if k % 2 else str(k) for k in range(n)]
    for r in list(range(0, 8)) + [None]:
        res.append((n, r, list(permutations(pool, r)) if r is not None else list(permutations(pool))))
        if r is not None:
            res.append((n, r, list(combinations(pool, r))))
            res.append((n, r, list(cwr(pool, r))))
h = 0
for n, r, items in res:
    print(n, r, len(items), items[:3], items[-2:])
p = permutations(range(4), 2)
print(next(p), next(p), list(p), list(p), next(p, 'end'))
c = combinations('abcd', 2)
print(next(c), list(c), next(c, 'end'))
print(len(list(permutations(range(8)))), len(list(combinations(range(20), 10))), len(list(cwr(range(10), 5))))
print(list(permutations('aab')), list(combinations([1, 1, 1], 2)))
print(list(permutations(iter([3, 1, 2]), 3))[-1], list(cwr('', 0)), list(cwr('', 2)), list(combinations('', 0)))
print(list(permutations(range(3), 5)), list(combinations(range(3), 4)), list(cwr('ab', 3)))
for bad in [(-1,), ('x',), (1.5,)]:
    for f in (permutations, combinations, cwr):
        try:
            f([1, 2], *bad)
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
class Sub(permutations):
    pass
print(list(Sub('ab')), type(Sub('ab')).__name__)
print(sum(1 for _ in combinations(range(30), 4)), sum(sum(p) for p in permutations(range(7), 3)))
