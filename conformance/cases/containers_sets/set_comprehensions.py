# Sets built by comprehensions and conversions keep CPython's order.
print({x * x for x in range(-5, 6)})
print({x % 7 for x in range(100)})
print({i * 1000003 % 97 for i in range(40)})
words = "the quick brown fox jumps over the lazy dog".split()
print(len({w for w in words}), sorted({len(w) for w in words}))
print(set(map(abs, [-3, 3, -1, 2])), set(enumerate("ab")))
print(frozenset(x for x in range(5) if x % 2))
s = {1, 2, 3}
print([x for x in s], tuple(s), sorted(s, reverse=True), list(iter(s)))
print(sum({1, 2, 3}), max({4, 8, 2}), min(frozenset({-1, 1})), any(set()), all({1, 2}))
