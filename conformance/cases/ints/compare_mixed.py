# Comparisons between ints, big ints, floats and bools are exact.
print(1 == 1.0, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"))
print(1 < 2 < 3, 3 > 2 > 2, 1 == True, 0 == False, 2 == True)
print(0.1 + 0.2 == 0.3, 1 / 3 == 0.3333333333333333)
print(max(3, 2.5, 3.0), min(-1, -1.0), max(2.0, 2), min(0, False))
print(sorted([3, 1.5, -2, True, 2 ** 70, -0.5]))
v = 5
print(5 != 5.0, v is not None, 7 <= 7.0, -3 >= -3.5)
print(float("nan") == float("nan"), float("nan") != float("nan"), 1 < float("nan"))
big = 2 ** 1000
print(big == float(big), big + 1 == float(big), big < float(big) * 2)
print(10 ** 20 == 1e20, 10 ** 23 == 1e23, int(1e23))
