a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 0}
ka, kb = a.keys(), b.keys()
print(sorted(ka & kb), sorted(ka | kb), sorted(ka - kb), sorted(ka ^ kb))
print(ka & {"x", "q"}, sorted(ka | ["m"]), ka - {"x"} == {"y", "z"})
print(ka.isdisjoint(kb), ka.isdisjoint({"q"}), "x" in ka, ka == {"x", "y", "z"}, ka < {"x", "y", "z", "w"})
items = a.items()
print(sorted(items & {("x", 1), ("y", 3)}), ("z", 3) in items, ("z", 4) in items)
print(sorted(items - {("x", 1)}), len(items | b.items()))
vals = a.values()
print(list(vals), 2 in vals, sorted(vals) == [1, 2, 3])
try:
    vals & {1}
except TypeError as e:
    print(e)
a["q"] = 9
print(list(ka), len(ka), list(reversed(a.keys())), list(reversed(a.items()))[0])
print(a.keys().mapping == a if hasattr(a.keys(), "mapping") else "nomapping")
s = {1, 2, 3, 4}
t = frozenset({3, 4, 5})
print(s | t, s & t, s - t, s ^ t, t | s, type(t | s).__name__, type(s | t).__name__)
print(s <= {1, 2, 3, 4, 5}, s < s, s.issuperset({1, 2}), t.issubset(range(10)))
s2 = s.copy(); s2 -= {1}; s2 |= {10}; s2 ^= {2, 11}; s2 &= {3, 4, 10, 11, 99}
print(s2, s.union([7], (8,)), s.intersection(t, {4}), s.difference({1}, {2}), s.symmetric_difference([4, 9]))
print({frozenset({1}): "a"}[frozenset([1])], frozenset() == set(), set() == frozenset())
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
s.discard(99)
print(s.pop(), s, {}.fromkeys("ab", 0), dict.fromkeys(range(3)))
d = {1: "a"}
d |= {2: "b"}
print(d, d | {1: "z"}, {2: "q"} | d)
