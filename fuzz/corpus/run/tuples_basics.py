# Tuple creation, repr, indexing and slicing.
empty = ()
single = (1,)
not_tuple = (1)
t = (1, "two", 3.0, None, [5], (6, 7))
print(empty, single, not_tuple, t, len(t), len(empty))
print(t[0], t[-1], t[-1][0], t[1:3], t[::-1], t[::2], t[10:], t[-100:2])
print(tuple(), tuple([1, 2]), tuple("abc"), tuple(range(3)), tuple({1: "a", 2: "b"}))
x = 1, 2, 3
print(x, type(x).__name__, 1, (2,), ((),), ((1,),))
print((1, 2) + (3,), (0,) * 4, 2 * ("a", "b"), () * 5)
print(t.index(3.0), t.count(None), (1, 2, 1, 1).count(1), (1, 2, 3).index(3))
try:
    t[6]
except IndexError as e:
    print("IndexError", e)
try:
    (1, 2).index(5)
except ValueError as e:
    print("ValueError", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    (1, 2) + [3]
except TypeError as e:
    print("TypeError", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError", e)
t[4].append(6)
print(t)
