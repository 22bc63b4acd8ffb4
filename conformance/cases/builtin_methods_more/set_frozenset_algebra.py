a = {1, 2, 3, 4}
b = frozenset({3, 4, 5})
print(a | b, type(a | b).__name__, b | a, type(b | a).__name__)
print(a & b, type(b & a).__name__, a - b, b - a, a ^ b, type(b ^ a).__name__)
print(a.union([9], (8,)), b.intersection([3], {3, 4}), a.difference(), b.symmetric_difference(range(4)))
print(type(b.union()).__name__, type(b.copy()).__name__, b.copy() is b)
print(a <= {1, 2, 3, 4, 5}, a < a, a <= a, b >= {3}, b > b, a.isdisjoint(b), a.isdisjoint({9}))
print(a.issubset(range(10)), b.issuperset([3, 4]), {1} == frozenset({1}))
try:
    a | [5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a <= [1]
except TypeError as e:
    print(type(e).__name__, e)
s = {1, 2}
s |= {3}; s &= {1, 3, 5}; s ^= {5, 7}; s -= {7}
print(s)
s.update([10], (11,)); s.intersection_update({1, 10, 11, 12}); s.difference_update({11}); s.symmetric_difference_update({1, 2})
print(s)
s.discard(100); s.add(4); s.remove(4)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
print({frozenset({1}): "a"}[frozenset([1])], {frozenset(): 1})
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset()}
print(len(nested))
try:
    {{1}}
except TypeError as e:
    print(type(e).__name__, e)
print(frozenset([1, 2]) == {2, 1}, set() == frozenset(), frozenset("ab") == frozenset("ba"))
print(sorted(frozenset("hello")), len(set("mississippi")))
try:
    frozenset().add
except AttributeError as e:
    print(type(e).__name__, e)
print(set([3, 1, 2]), frozenset(), set(), repr(frozenset({5})))
