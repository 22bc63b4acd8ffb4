# ** for ints and floats: negative exponents give floats, 0**0 is 1, and the
# special cases of float_pow.
for b in (0, 1, -1, 2, -2, 3, 10):
    print(b, [b ** e for e in (0, 1, 2, 3, 5)], [b ** e for e in (-1, -2) if b != 0])
print(2 ** 100, (-2) ** 101, 7 ** 40, (-1) ** 10**20, (-1) ** (10**20 + 1), 1 ** 10**30, 0 ** 10**30)
print(2 ** -1, 2 ** -1074, 2 ** -1075, 10 ** -400, (-2) ** -3, 3 ** -2)
print(2.0 ** 10, 2.0 ** -1, 4 ** 0.5, 2 ** 0.5, 8 ** (1 / 3), 1.5 ** 2.5)
print(0.0 ** 0, 0.0 ** 2.5, (-0.0) ** 3, (-0.0) ** 2, 1.0 ** float("nan"), float("nan") ** 0)
print(float("inf") ** 2, float("inf") ** -1, float("-inf") ** 3, float("-inf") ** 2, 0.5 ** float("inf"))
print((-1.0) ** float("inf"), 2.0 ** float("-inf"), (-8.0) ** 3.0, (-2.0) ** -2)
for base, exp in [(0, -1), (0.0, -1), (0, -2.5), (10.0, 400), (10, 400.0), (2, 1.0e5), (10**400, -1)]:
    try:
        print(base ** exp)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    except OverflowError as e:
        print("OverflowError", e)
print(pow(3, 4), pow(2.0, 3), pow(2, -2), pow(True, 5), pow(5, False))
x = 3
x **= 4
print(x)
