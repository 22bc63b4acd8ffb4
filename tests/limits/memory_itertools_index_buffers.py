# permutations and combinations of one shared 10**6-item pool: each started
# iterator keeps index and cycle arrays the size of the pool (the pool
# itself is shared, so only those arrays grow); they are charged to the
# heap, so keeping many ends the run at the memory limit instead of
# growing outside the budget.
# limit: memory
import itertools

pool = tuple(range(10**6))
kept = []
while True:
    p = itertools.permutations(pool)
    next(p)
    kept.append(p)
    c = itertools.combinations(pool, 10**6)
    next(c)
    kept.append(c)
