l = [1, 2, 3, 2, 1, 2]
print(l.index(2), l.index(2, 2), l.index(2, 4), l.index(2, -3), l.index(1, -2, 5))
print(l.index(2, -100), l.index(2, 1, 100))
for args in [(5,), (2, 6), (3, 0, 2), (1, 1, 4)]:
    try:
        print(l.index(*args))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    ["a"].index("b")
except ValueError as e:
    print(type(e).__name__, e)
try:
    l.index(1, "x")
except TypeError as e:
    print(type(e).__name__, e)
print(l.count(2), l.count(7), [1, 1.0, True].count(1), [[1], [1]].count([1]))
print((1, 2, 1).index(1, 1), (1, 2, 1).count(1))
try:
    (1, 2).index(3)
except ValueError as e:
    print(type(e).__name__, e)
l = [1, 2, 3]
l.insert(-1, "a"); l.insert(100, "z"); l.insert(-100, "s")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].pop(5)
except IndexError as e:
    print(type(e).__name__, e)
l = [1, 2, 1]
l.remove(1)
print(l)
try:
    l.remove(9)
except ValueError as e:
    print(type(e).__name__, e)
l = [1, 2, 3]
l.extend(range(2)); l.extend("ab"); l += (9,)
print(l)
l.reverse()
print(l, l.copy() == l, l.copy() is l)
l.clear()
print(l)
