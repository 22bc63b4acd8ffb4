# frozenset: immutable and hashable.
f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, f | {4}, f & {1, 9}, f - {1}, type(f | {4}).__name__, type({4} | f).__name__)
print(frozenset(), frozenset(range(5)), frozenset("aa") == frozenset("a"))
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(nested), frozenset({1, 2}) in nested)
d = {frozenset({1, 2}): "pair"}
print(d[frozenset([2, 1])])
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
try:
    f.add(5)
except AttributeError as e:
    print("AttributeError", e)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError", e)
try:
    {{1}}
except TypeError as e:
    print("TypeError", e)
print(f.union([7]), f.copy() == f, f.issubset({1, 2, 3, 4}), sorted(f.symmetric_difference({3, 4})))
