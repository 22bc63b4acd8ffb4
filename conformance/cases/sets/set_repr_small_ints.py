# repr of sets of small non-negative ints.
print({0}, {1, 2}, {3, 1, 2}, set([4, 0, 2]), set(range(6)), set((7, 5, 3)))
print({1, 2, 3} - {2}, {5, 6} | {0}, set("") , frozenset({2, 1}))
print(str({1, 2}), repr(set()), repr(frozenset()), [{1}, {2, 3}], ({0},))
s = set()
for i in (6, 2, 4, 0):
    s.add(i)
print(s)
print({True, False}, {1, True, 1.0}, {0, False})
