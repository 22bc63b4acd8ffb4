# Equality and ordering across types.
print(1 == 1.0, 1 == "1", [1] == (1,), {1: 2} == {1: 2.0}, "a" != b"a", None == False)
print((1, 2) == (1, 2), [1, [2]] == [1, [2]], {1, 2} == {2, 1}, frozenset([1]) == {1})
print(0.1 + 0.2 > 0.3, 1e308 < float("inf"), -float("inf") < -1e308, 2 ** 64 > 2.0 ** 63)
print("abc" < "abd", "Z" < "a", "" < " ", "10" < "9", [1, 2] < [1, 2, 3], (2,) > (1, 5))
print(True > False, True == 1, 2 > True, sorted([True, 2, 0.5, False]))
print(max("apple", "banana"), min([3, 1], [2, 9]), max((1, "z"), (1, "a")))
