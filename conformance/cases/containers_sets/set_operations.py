# Operators and methods of set and frozenset.
a = set(range(0, 30, 3))
b = set(range(0, 30, 5))
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [100, 101]), a.intersection(b, range(10)), a.difference(b, [3]))
print(a.symmetric_difference([0, 1]), a.isdisjoint(b), {1}.isdisjoint([2, 3]))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1} > {1}, {1} == frozenset({1}))
print({1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset(range(2)), {1}.issubset(()))
c = {1, 2, 3}
c |= {4}
c &= {1, 2, 4, 5}
c -= {1}
c ^= {9, 2}
print(c)
c.update([7], (8,), range(3))
print(c)
c.intersection_update({0, 1, 7, 8, 9}, [0, 7, 8, 9])
print(c)
c.difference_update([7], {8})
print(c)
c.symmetric_difference_update({9, 10})
print(c)
f = frozenset({5, 6})
print(f | {7}, {7} | f, f & {5}, type(f - {5}).__name__, type({5} - f).__name__)
print(f.copy() is f, f.union(), f.intersection())
d = {"k": 1, "j": 2}
print({"k", "z"} - d.keys(), set("abc") & set("bcd") == {"b", "c"})
s = {1, 2, 3}
s.add(2)
s.discard(10)
s.remove(1)
print(s, len(s), 2 in s, 5 in s)
print(set([1, 2, 2, 3, 3, 3]), sorted({"b", "a", "c"}))
print(set("hello") == set("olleh"), len(set("mississippi")))
