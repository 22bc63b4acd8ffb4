import math
s = set()
x = 1
for i in range(200):
    x = (x * 1103515245 + 12345) % 2**31
    v = x % 97
    if x % 3 == 0:
        s.discard(v)
    else:
        s.add(v)
    if i % 20 == 0:
        print(s)
print({1, 2} | {100, 33}, {5, 3, 1} & {3, 5, 7, 9}, {-1, -2, 5}, {2**40, 3, 2**61}, set(range(20, 0, -1)))
a = {i * 8 for i in range(10)}
print(a, a - {8}, a ^ {1, 2, 3}, frozenset(a), {0.5, 1.5, 2}, {True, 2, 0})
d = {}
for i in range(30):
    d[i * 7 % 11] = i
    if i % 4 == 0: d.pop(i % 11, None)
print(d, list(d.keys())[:5])
l = list(range(10))
try:
    l.sort(key=lambda v: l.append(1) or v)
except ValueError as e:
    print('ValueError', e)
l = [3, 1, 2]
try:
    l.sort(key=lambda v: 1 / (v - 2))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e, l)
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')], key=lambda p: p[0]))
print(sorted(['B', 'a', 'C'], key=str.lower), sorted([3, 1, 2], key=lambda v: -v, reverse=True))
print(s.pop(), len(s))
print({1: 1, 2: 2}.popitem(), list(reversed({'a': 1, 'b': 2}.items())))
print(set('a') | set(), {1} ^ {1}, frozenset({3, 1}) | {2})
