# enumerate and zip.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("abc", start=-1)))
print(list(enumerate([])), list(enumerate(range(3), 10 ** 20))[:1])
print(list(zip()), list(zip([1, 2, 3])), list(zip([1, 2, 3], "ab")), list(zip("abc", range(3), [True] * 3)))
names, ages = ["ann", "bob", "cy"], [31, 27, 45]
for i, (n, a) in enumerate(zip(names, ages), start=1):
    print(i, n, a)
print(dict(zip(names, ages)), list(zip(*zip(names, ages))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError", e)
print(list(zip([1, 2], "ab", strict=True)))
try:
    enumerate(5)
except TypeError as e:
    print("TypeError", e)
try:
    zip(1, [2])
except TypeError as e:
    print("TypeError", e)
e = enumerate("xy")
print(next(e), next(e), next(e, None))
