# sqrt, isqrt and cbrt.
import math

for x in (0, 1, 2, 4, 10, 0.25, 1e-10, 1e300, 2 ** 100):
    print(x, math.sqrt(x))
for n in (0, 1, 3, 4, 15, 16, 17, 99, 100, 10 ** 20, 10 ** 20 - 1, 2 ** 127, 3 ** 200):
    r = math.isqrt(n)
    print(n, r, r * r <= n < (r + 1) * (r + 1))
for x in (27, -27, 8.0, 2, -0.0, 1e-9, math.inf, -math.inf):
    print(x, math.cbrt(x))
print(math.sqrt(-0.0), math.sqrt(math.inf), math.isnan(math.sqrt(math.nan)))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.isqrt(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.isqrt(2.0)
except TypeError as e:
    print("TypeError", e)
try:
    math.sqrt("4")
except TypeError as e:
    print("TypeError", e)
print(math.isqrt(10 ** 400) == 10 ** 200)
try:
    math.sqrt(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
