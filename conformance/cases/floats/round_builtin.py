# round() uses banker's rounding and the exact binary value.
for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 1e16 + 1, 2.675):
    print(x, round(x), round(x, 0), round(x, 2))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(123.456, -1), round(123.456, -2), round(155, -1), round(165, -1), round(-155, -1))
print(round(1234567, -3), round(1250, -2), round(1350, -2), round(5, -1), round(15, -1))
print(round(3.14159, 3), round(-3.14159, 1), round(1e300, 2), round(0.0, 3), round(-0.0))
print(round(7), round(-7, 2), round(7, -5), type(round(7.5)).__name__, type(round(7.5, 0)).__name__)
print(round(2 ** 70 + 1, -5))
print(round(float("inf"), 2), round(float("nan"), 1))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError", e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print("TypeError", e)
prices = [19.999, 5.005, 3.14159, 100.0, 0.045]
print([round(p, 2) for p in prices])
print(sum(round(p, 1) for p in prices))
