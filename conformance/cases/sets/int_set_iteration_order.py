import random
random.seed(5)
a = {random.randrange(-1000, 1000) for _ in range(50)}
b = set(random.randrange(-1000, 1000) for _ in range(80))
print(list(a)[:20])
print(list(b)[:20])
print(list(a | b)[:25])
print(list(a & b), list(b & a))
print(list(a - b)[:20])
print(list(a ^ b)[:20])
print(list(b ^ a)[:20])
c = set(range(0, 200, 7))
for x in range(0, 200, 14): c.discard(x)
c.update(range(1000, 1010))
print(list(c))
d = {2**40, 2**33 + 1, -5, 2**61 - 1, 2**61, -(2**61), 10**20}
print(list(d))
e = {(1, 2), (2, 1), (0, 0), (-1, -1), (3,)}
print(list(e))
f = {1.5, 2.5, -0.5, 1e10, float('inf')}
print(list(f))
g = set()
for i in range(100): g.add(i * 37 % 101)
for i in range(0, 100, 3): g.remove(i * 37 % 101)
print(list(g)[:30])
h = {True, 1.0, 1, 0, False, 2}
print(h)
print(frozenset(range(20, 0, -3)), set([5, 3, 1, 4]) | {100, 64, 32})
print({x * x for x in range(-5, 6)})
i = a.copy(); i.intersection_update(b); print(list(i))
j = a.copy(); j.symmetric_difference_update(b); print(list(j)[:15])
k = set(range(10)); k.pop(); k.pop(); print(k, k.pop())
print(list({-1, -2, -3, -4}), list({8, 16, 24, 32, 40}), list({i << 32 for i in range(5)}))
print(dict.fromkeys(a).keys() == a, sorted(a)[:3])
