# frozenset hashing (CPython's algorithm) and frozensets as keys.
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({-1, 5, 1 << 40})))
print(hash(frozenset(range(100))), hash(frozenset([frozenset()])))
print(hash(frozenset({(1, 2), (3, 4)})) == hash(frozenset({(3, 4), (1, 2)})))
print(hash(frozenset({0.5, 2.5})))
groups = {}
for word in ["ab", "ba", "abc", "cab", "bca", "x"]:
    groups.setdefault(frozenset(word), []).append(word)
print(sorted(groups.values()))
s = {frozenset({1}), frozenset({1, 2}), frozenset()}
print(frozenset({1}) in s, frozenset({2, 1}) in s, {1, 2} in s, {3} in s)
print(len({frozenset({1, 2}), frozenset({2, 1})}))
