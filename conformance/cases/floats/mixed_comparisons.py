# Comparing and sorting floats with ints; float keys in dicts.
print(1.0 == 1, hash(1.0) == hash(1), 0.5 < 1 < 1.5)
d = {1: "int one"}
d[1.0] = "float one"
d[2.5] = "two and a half"
print(d)
print(sorted([2, 1.5, 1, 0.5, -1, -0.5, 2.0]), sorted([2.0, 2, 1.0, 1]))
print(max([1, 1.0]), max([1.0, 1]), min([2, 2.0]))
print(3.0 in [1, 2, 3], 3 in [1.0, 2.0, 3.0], [1, 2] == [1.0, 2.0], (0.0,) == (-0.0,))
print(round(0.1 + 0.2, 10) == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-12)
