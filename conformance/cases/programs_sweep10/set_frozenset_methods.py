a = {1, 2, 3, 4}; b = frozenset({3, 4, 5})
print(a | b, a & b, a - b, a ^ b, b | a, type(b | a).__name__, type(a | b).__name__)
print(a.union([9], (10,)), a.intersection(b, {4}), a.difference(), a.symmetric_difference([1, 7]))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint(b), b.isdisjoint({0}), a <= a, a < a, {1} < a)
c = set(a); c.update("x"); c.intersection_update(range(3)); print(sorted(c, key=str))
c = set(a); c.difference_update([1], [2]); c.symmetric_difference_update({4, 8}); print(c)
c.add(1); c.discard(99); c.remove(1); print(c, c.pop() in {3, 8}, len(c))
try: c.remove(42)
except KeyError as e: print("KeyError", e)
try: set().pop()
except KeyError as e: print("KeyError", e)
try: a | [1]
except TypeError as e: print("TypeError", e)
try: {[1]}
except TypeError as e: print("TypeError", e)
try: b.add(1)
except AttributeError as e: print("AttributeError", e)
print(frozenset() == set(), {frozenset({1})}, hash(frozenset()) == hash(frozenset([])), repr(set()), repr(frozenset()))
s = {1, 2}
try:
    for x in s: s.add(x + 10)
except RuntimeError as e: print("RuntimeError", e)
print({x % 3 for x in range(10)}, set("aab") == {"a", "b"}, frozenset([1, 2]).copy(), a.copy() == a)
print({1, 2} == frozenset({1, 2}), {1: 0}.keys() == {1}, {-0.0, 0, False})
