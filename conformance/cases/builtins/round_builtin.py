# round with and without ndigits.
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(2.665, 2))
print(round(1234.5678, 1), round(1234.5678, -2), round(1234, -2), round(1250, -2), round(-1250, -2))
print(round(5), round(5, 2), round(5.0), round(5.0, 0), round(-0.5), round(0.1 + 0.2, 15), round(1e20, -5))
print(round(12345678901234567890, -10), round(0.000123456, 5), round(float("inf"), 1))
print(type(round(1.5)).__name__, type(round(1.5, 1)).__name__, type(round(15, -1)).__name__)
try:
    round("1")
except TypeError as e:
    print("TypeError", e)
try:
    round(1.5, "1")
except TypeError as e:
    print("TypeError", e)
