a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {3} < b, a.isdisjoint({9}))
print(a.union([7], (8,)), a.intersection(b, {4}), a.difference(b, {1}), a.symmetric_difference([1, 9]))
c = set()
c.add(3)
c.update([1, 2], {9})
c.discard(100)
c.remove(9)
print(sorted(c), c.pop() in {1, 2, 3}, len(c))
f = frozenset([1, 2, 2])
print(f, f | {3}, type(f | {3}).__name__, {f: 1}[frozenset({1, 2})])
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t[1:], t + (4,), t * 2, 2 in t, min(t), max(t))
print(sorted({(1, 2), (0, 5)}), tuple(reversed(t)), hash((1, 2)) == hash((1, 2)))
for bad in [lambda: set().pop(), lambda: {1}.remove(2), lambda: t.index(9), lambda: t[10],
            lambda: f.add(1), lambda: {1} + {2}, lambda: {[]}, lambda: t.__setitem__(0, 1),
            lambda: frozenset() - [1], lambda: set(5)]:
    try:
        bad()
    except (KeyError, ValueError, IndexError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
