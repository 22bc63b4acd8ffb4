print(list(zip([1, 2], "ab", strict=True)))
try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip([1], "ab", strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip([1], "a", [], strict=True))
except ValueError as e:
    print("ValueError", e)
print(list(map(pow, [2, 3, 4], [3, 2])))
print(list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6])))
print(list(zip()), list(zip(*[])), list(zip(*[[1, 2], [3, 4]])))
try:
    map(len)
except TypeError as e:
    print("TypeError", e)
try:
    zip(1)
except TypeError as e:
    print("TypeError", e)
print(list(enumerate("ab", -2)))
try:
    enumerate([], start="x")
except TypeError as e:
    print("TypeError", e)
