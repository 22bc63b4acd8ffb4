L = [3, 1, 2, 1]
calls = [
    lambda: L.index(1, start=0), lambda: L.index(1, 2), lambda: L.index(5), lambda: L.index(1, -2),
    lambda: L.index(1, 0, 1), lambda: L.index(), lambda: L.count(), lambda: L.count(1, 2),
    lambda: [].pop(), lambda: [1].pop(5), lambda: [1].pop("0"), lambda: [1].pop(-2),
    lambda: [].remove(1), lambda: [1].insert("a", 2), lambda: [1].insert(1), lambda: L.copy().sort(key=None),
    lambda: sorted(L, reverse=None), lambda: [1, 2].sort(lambda x: x), lambda: [3, 1].sort(cmp=None),
    lambda: [1].extend(5), lambda: [1].extend("ab"), lambda: [1].append(), lambda: [1].append(1, 2),
    lambda: list.append([], x=1), lambda: [1, 2][5], lambda: [1, 2][-3], lambda: [1][1:5:0],
    lambda: (1, 2).index(3), lambda: (1, 2).count(), lambda: (1, 2)[2], lambda: (1,) + [2],
    lambda: [1] + (2,), lambda: (1,) * 2.0, lambda: [1].__iadd__((2, 3)), lambda: list(1),
    lambda: tuple(None), lambda: list("ab", "c"), lambda: list(iterable=[1]), lambda: tuple([1], 2),
    lambda: [1, 2, 3].__delitem__(slice(0, 3, 2)), lambda: [].__setitem__(0, 1),
    lambda: [1, 2].__contains__(), lambda: reversed(5), lambda: list(reversed((1, 2, 3))),
    lambda: [1, 2].__reversed__().__length_hint__(), lambda: [0] * (2**63), lambda: [1].index(1, 2**70),
    lambda: [1].index(1, -2**70), lambda: [1].pop(2**70), lambda: [1].insert(2**70, 0),
    lambda: [1, 2, 3].index(2, True), lambda: [[1]].index([1]), lambda: L.clear(1),
]
for c in calls:
    try:
        print(repr(c()))
    except (TypeError, ValueError, IndexError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
a = [1, 2, 3, 4, 5]
a[1:3] = "xyz"; print(a)
a[::2] = [0, 0, 0, 0]; print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[::-1] = range(2)
except ValueError as e:
    print(type(e).__name__, e)
del a[::3]; print(a)
a[5:1] = [9]; print(a)
a[-100:1] = []; print(a)
t = (1, 2)
try:
    t[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
s = "abc"
try:
    s[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
