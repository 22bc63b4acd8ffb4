# Iteration order of int sets equals CPython's (same table algorithm).
print({10, 2, 33, 4, 100, 7})
print({1, 9, 17, 25, 33, 41, 49, 57, 65})
s = set()
for x in [1, 9, 17, 25, 33, 41, 49, 57, 65]:
    s.add(x)
print(s)
print(set(range(20, 0, -1)))
print(set([-1, -2, -3, 1000000007, 123456789012, -98765]))
s = set()
for i in range(0, 100, 7):
    s.add(i)
for i in range(0, 100, 21):
    s.discard(i)
for i in range(200, 260, 11):
    s.add(i)
print(s)
t = set(range(40))
for i in range(0, 40, 2):
    t.remove(i)
t.update(range(100, 140))
print(t)
p = set()
for x in [5, 13, 21, 3, 29, 37]:
    p.add(x)
print(p.pop(), p.pop(), p.pop(), p)
print({2 ** 61, 2 ** 61 - 1, 2 ** 62, -(2 ** 61), 2 ** 64 + 5})
print({0.5, 1.5, 2.0, -0.25, 1e300})
print({(1, 2), (2, 1), (), (0,)})
print({None, True, False} == {0, 1, None})
print(frozenset({3, 1, 2}), frozenset(), set(), frozenset([frozenset([1])]))
