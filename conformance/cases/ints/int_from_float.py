# int() of floats truncates toward zero; floats round-trip through int exactly.
for x in (3.9, -3.9, 0.5, -0.5, 1e10, 1e20, -2.5, 123456789.987, 1e-300):
    print(x, int(x))
print(int(1e100))
print(int(2.0 ** 80), 2 ** 80)
print(int(-0.0), int(True), int(False))
print(int(1.7976931348623157e308) == 2 ** 1024 - 2 ** 971)
try:
    int(float("-inf"))
except OverflowError as e:
    print("OverflowError", e)
print(float(2 ** 53), float(2 ** 53 + 1), float(-(2 ** 60)))
print(float(10 ** 22), float(10 ** 23))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53))
print((7).__float__(), (7).__int__(), round(7.5), round(8.5))
