# Sorting by tuple keys whose later items are floats or strs (compared
# without the generic protocol when both are exact): NaN, signed zeros,
# non-ASCII text, ties broken by the next item, and pairs of mixed types
# that take the generic comparison.
import random

rng = random.Random(7)
nan = float('nan')
floats = [0.0, -0.0, 1.5, -2.25, 1e300, -1e-300, float('inf'), float('-inf'), nan, 3.0]
texts = ['b', 'a', 'é', 'z', 'Z', '', 'ab', '\U0001f600', 'éa', 'a\x00']
rows = [(rng.randrange(3), rng.choice(floats), rng.choice(texts), i) for i in range(300)]
for key in [lambda r: (r[0], r[1]), lambda r: (r[0], r[2]), lambda r: (r[0], r[2], r[1]),
            lambda r: (r[2], r[0], r[3]), lambda r: (r[1], r[3])]:
    print([r[3] for r in sorted(rows, key=key)][:60])
    print([r[3] for r in sorted(rows, key=key, reverse=True)][:60])
mixed = [(1, 2), (1, 2.5), (1, 1.5), (1, True), (1, 0), (1, -0.5), (0, 'x')]
print(sorted(mixed, key=lambda t: (t[0], t[1]) if t[0] else (t[0], 0)))
pairs = [('a', 1.0), ('a', 1), ('a', 0.5), ('b', nan), ('b', 1.0), ('a', -0.0), ('a', 0)]
print(sorted(pairs))
try:
    sorted([(1, 'a'), (1, 2.0)])
except TypeError as e:
    print(e)
