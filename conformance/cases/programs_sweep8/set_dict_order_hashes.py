print({-1, -2, 10**20, 5, 2**61 - 1, 2**61, -2**61, 0})
s = set(range(100))
for i in range(0, 100, 2): s.discard(i)
s |= {1000, 37, 2000, -5}
print(s)
s2 = set()
for i in [33, 1, 65, 97, 129, 17, 49]: s2.add(i)
print(s2, s2 - {1}, s2 & {65, 1, 129}, s2 ^ {2, 33})
print(set([5, 3, 1]) | set([8, 16, 32, 64]), frozenset(range(50, 0, -7)), {(1, 2), (2, 1), (0, 0)}, {1.5, 2.5, 0.5, -0.5})
s3 = {i * 8 for i in range(20)}; print(s3)
for i in range(10): s3.pop()
print(s3)
print({True, 1, 1.0, 2}, {10**30, 10**31}, set(x % 13 for x in range(1000, 0, -37)))
big = set(range(1000)); big -= set(range(5, 1000)); print(big)
d = {}
for k in [3, 1, 2]: d[k] = k
del d[1]; d[1] = 1; print(d, list(d), {**d, 3: "x"})
from collections import OrderedDict
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == dict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(sorted([(1, "a"), (0, "z"), (1, "b")], key=lambda t: t[0], reverse=True))
l = [3, 1, 2]
try: l.sort(key=lambda v: l.append(v) or v)
except ValueError as e: print("ValueError", e)
print(hash(1.5), hash(-1), hash(2**61), hash((1, 2)), hash(frozenset({1, 2})), hash(None) == hash(None), hash(0.1), hash(-0.0), hash(float("inf")), hash(10**40), hash(1+2j))
