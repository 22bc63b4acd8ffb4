# math.pow always returns a float and follows C99 Annex F special cases.
import math

print(math.pow(2, 10), math.pow(2, -1), math.pow(2, 0.5), math.pow(-2, 3), math.pow(-2, -3))
print(math.pow(0, 0), math.pow(0.0, 5), math.pow(-0.0, 3), math.pow(-0.0, 2), math.pow(1, math.nan), math.pow(math.nan, 0))
print(math.pow(-1, math.inf), math.pow(0.5, math.inf), math.pow(2, -math.inf), math.pow(math.inf, -1), math.pow(-math.inf, 3))
print(math.pow(10 ** 20, 2), math.pow(2, 1023), type(math.pow(2, 2)).__name__, 2 ** 2, pow(2, 2))
try:
    math.pow(2, 3, 5)
except TypeError as e:
    print("TypeError", e)
try:
    math.pow("2", 2)
except TypeError as e:
    print("TypeError", e)
