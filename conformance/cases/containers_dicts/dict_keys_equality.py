# Keys that compare equal across types, and hashing of containers as keys.
d = {}
d[1] = "a"
d[1.0] = "b"
d[True] = "c"
print(d)
d[2.5] = 1
d[(1, (2, 3))] = "nested"
d[frozenset({1, 2})] = "frozen"
d[range(3)] = "range"
print(d[(1, (2, 3))], d[frozenset({2, 1})], d[range(0, 3)], d[1])
print({0: "zero", -0.0: "negzero", False: "false"})
print({-1: "minus one", -2: "minus two"})
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1,)) != hash((2,)))
print(hash(frozenset()) == hash(frozenset()), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
keys = [(i, str(i)) for i in range(50)]
m = {k: i for i, k in enumerate(keys)}
print(m[(49, "49")], len(m))
