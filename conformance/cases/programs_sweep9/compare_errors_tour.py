pairs = [(None, 1), (1, None), ({}, {}), ([1], (1,)), ("a", b"a"), (1j, 1), (set(), []), (object, object), (len, len), (..., ...),
         (range(1), range(2)), (slice(1), slice(2)), (1, "1"), ([None], [1]), ((1, None), (1, 2)), ([[]], [()])]
for a, b in pairs:
    for op in ("<", "<=", ">", ">="):
        try:
            r = {"<": lambda: a < b, "<=": lambda: a <= b, ">": lambda: a > b, ">=": lambda: a >= b}[op]()
            print(op, "ok", r)
        except TypeError as e:
            print(op, e)
print(slice(1, 2) < slice(1, 3), (1, 2) == [1, 2], {1: 2} == {1: 2.0}, {1, 2} <= frozenset({1, 2, 3}), [1, 2] < [1, 2, -1])
class P:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"P{self.v}"
try:
    sorted([P(2), P(1)])
except TypeError as e:
    print(e)
try:
    max([P(1), P(2)])
except TypeError as e:
    print(e)
try:
    sorted([(1, P(1)), (1, P(2))])
except TypeError as e:
    print(e)
print(sorted([(2, P(1)), (1, P(2))]))
try:
    [3, 1, None, 2].sort()
except TypeError as e:
    print(e)
print(sorted([1, 2.5, True, -1, 0.0]), sorted(["b", "B", "a", "_", "1"]), sorted([(1, "b"), (1, "a"), (0, "z")]))
