# Set algebra on small ints.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7], (0,)), a.intersection(range(3), [1, 2]), a.difference([1], {2}))
print(a <= b, a & b <= a, {1, 2} < a, a < a, a <= a, a > {1}, a >= {9})
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7, 8}), a.isdisjoint(b))
print(a == {4, 3, 2, 1}, a != b, set() == frozenset(), {1} == {1.0})
print(len(a | b), 3 in a, 7 not in a, sorted(a ^ b, reverse=True))
try:
    a | [5]
except TypeError as e:
    print("TypeError", e)
try:
    a < [1]
except TypeError as e:
    print("TypeError", e)
