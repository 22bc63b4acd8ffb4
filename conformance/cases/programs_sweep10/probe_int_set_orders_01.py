print({-1, -2, 10**20, 5, 2**61, 2**61 - 1, -2**61}, {3.5, 1.0, -0.0, 2**0.5}, {(1, 2), (2, 1), (0,)})
s = set(range(20)); s -= {3, 7}; s.add(100); s.add(33); print(s)
s = set()
for i in [5, 13, 21, 29, 37]: s.add(i)
s.discard(13); s.add(45); print(s, list(s), s.pop(), s)
print(set(range(100, 0, -7)), frozenset([1 << 40, 1 << 41, 3]), {x * 8 for x in range(10)})
d = {}
for i in range(10): d[i * 8] = i
for i in range(0, 80, 16): del d[i]
d[3] = "x"; print(d, list(d.keys())[:3])
s = {1, 2, 3}
s2 = s | {2 ** 64, -5}
print(s2, s2 - s, s ^ {0, 1}, s & {3, 1})
