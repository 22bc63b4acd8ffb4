# hash() of ints, floats, bools and tuples is deterministic.
for v in (0, 1, -1, -2, 42, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30):
    print(v, hash(v))
for v in (0.0, -0.0, 0.5, 1.0, 1.5, -2.25, 1e10, 1e-10, 3.141592653589793, float("inf"), float("-inf")):
    print(v, hash(v))
print(hash(True), hash(False), hash(1) == hash(1.0) == hash(True))
for t in ((), (0,), (1, 2), (2, 1), (1, (2, 3)), (1.5, -1), (None,) * 0, ((),)):
    print(t, hash(t))
try:
    hash([1])
except TypeError as e:
    print("TypeError", e)
try:
    hash({})
except TypeError as e:
    print("TypeError", e)
try:
    hash((1, {2}))
except TypeError as e:
    print("TypeError", e)
print(hash(frozenset()) == hash(frozenset()), hash(range(3)) == hash(range(0, 3, 1)))
