values = [0, 1, -1, 0.0, "", "0", [], [0], {}, None, (), (None,), set(), float("nan")]
print([bool(v) for v in values])
x = 5
print(1 < x < 10, 1 < x > 3, 10 > x <= 5, x == 5 == 5.0, 1 < 3 > 2 != 2)
print(0 or "default", "" or [] or None, 3 and 4, 0 and 1 / 0, None or 0 or "last")
a = [1, 2]
b = [1, 2]
print(a == b, a is b, a is not b, [] is not [], None is None)
nan = float("nan")
print(nan == nan, nan is nan, [nan] == [nan], nan in [nan], {nan: 1}.get(nan))
print(all([]), any([]), all([1, "a", [0]]), any([0, "", None]), max(0, -0.0), min(-0.0, 0))
print(sorted([True, 2, 0.5, False]), True + True, sum([True] * 5), True == 1.0, hash(True) == hash(1))
