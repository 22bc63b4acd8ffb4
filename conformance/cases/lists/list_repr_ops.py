# List operators and repr.
a = [1, 2, 3]
b = ["x", 2.5, None, True, (1,), [], {}]
print(a, b, a + b, a * 2, 0 * a, [] * 3, [[]] * 2)
print(a == [1, 2, 3], a != [1, 2], a < [1, 2, 4], a < [1, 2], [] < [0], [2] > [1, 9])
print(2 in a, 5 not in a, [] in [[]], len(b), list(), list("hi"), list((1, 2)), list(range(3)))
print(str(a), repr(["it's", 'q"q']), [1.0, -0.0, 1e100])
c = a
c += [4]
print(a, c is a)
c = c + [5]
print(a, c, c is a)
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError", e)
try:
    [1] * [2]
except TypeError as e:
    print("TypeError", e)
try:
    a[1.5]
except TypeError as e:
    print("TypeError", e)
try:
    a[10]
except IndexError as e:
    print("IndexError", e)
try:
    a[10] = 1
except IndexError as e:
    print("IndexError", e)
try:
    list(5)
except TypeError as e:
    print("TypeError", e)
