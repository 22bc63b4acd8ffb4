# Subset relations and equality between sets and frozensets.
small, big = {1, 2}, {1, 2, 3}
print(small < big, small <= big, big > small, big >= big, small == small.copy())
print(frozenset(small) < big, small < frozenset(big), frozenset(small) == small)
print(set() < small, set() <= set(), set() < set(), not set())
subsets = [set()]
for x in (1, 2, 3):
    subsets += [s | {x} for s in subsets]
print(len(subsets), [sorted(s) for s in subsets])
print(sum(1 for s in subsets if s <= {1, 2}), sum(1 for s in subsets if 3 in s))
