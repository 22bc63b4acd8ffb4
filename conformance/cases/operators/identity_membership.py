# is / is not and in / not in.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, True is True)
x = None
print(x is None, x is not None, not x is None)
print(type(1) is int, type(True) is bool, type(True) is int, isinstance(True, int))
print(2 in [1, 2, 3], 2 not in (1, 3), "ell" in "hello", "H" in "hello", 3 in range(5))
print("a" in {"a": 1}, 1 in {"a": 1}, 1 in {1, 2}, [] in [[]], (1,) in [(1,), (2,)])
print(not 1 in [2], not (1 in [2]), 1 not in [2])
print(float("nan") in [float("nan")], 1.0 in [1], True in [1], 0 in [False])
nan = float("nan")
print(nan in [nan], [nan] == [nan])
