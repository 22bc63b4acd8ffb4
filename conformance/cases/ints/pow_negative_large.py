# ** with negative and large operands.
print(2 ** 10, 2 ** -1, 2 ** -2, 10 ** -3)
print((-2) ** 3, (-2) ** 4, (-2) ** -3)
print((-1) ** 1001, (-1) ** 1000)
print(0 ** 5, 5 ** 0, 1 ** 10 ** 6)
print(7 ** 77)
print((-3) ** 101)
print(2 ** 1000)
print(len(str(3 ** 5000)))
print(pow(2, 10), pow(2, -3), pow(-2, -1))
print(pow(10, 20), pow(10, 20) == 10 ** 20)
print(type(2 ** -1).__name__, type(2 ** 5).__name__)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(pow(0, -2))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(2 ** -10000)
except OverflowError as e:
    print("OverflowError", e)
print(2 ** -1074)
print(2 ** -1075)
print(4 ** 0.5, 8 ** (1 / 3), (-8) ** 2)
try:
    print(10 ** 400 * 1.0)
except OverflowError as e:
    print("OverflowError", e)
