# Trigonometric functions.
import math

angles = [0, math.pi / 6, math.pi / 4, math.pi / 3, math.pi / 2, math.pi, 3 * math.pi / 2, 2 * math.pi, -math.pi / 4, 1, 100]
for a in angles:
    print(round(a, 6), math.sin(a), math.cos(a), math.tan(a))
for v in (-1, -0.5, 0, 0.5, 1, 0.1):
    print(v, math.asin(v), math.acos(v), math.atan(v))
print(math.atan(math.inf), math.atan(-math.inf), math.atan(1e300))
for y, x in ((1, 1), (1, -1), (-1, -1), (-1, 1), (0, -1), (-0.0, -1), (0, 0), (1, 0), (0, -0.0), (math.inf, math.inf)):
    print(y, x, math.atan2(y, x))
for bad in (1.0000001, -2, math.inf):
    try:
        math.asin(bad)
    except ValueError as e:
        print("ValueError asin", bad, e)
try:
    math.acos(2)
except ValueError as e:
    print("ValueError", e)
for fn in (math.sin, math.cos, math.tan):
    try:
        fn(math.inf)
    except ValueError as e:
        print("ValueError", fn.__name__, e)
print(math.isnan(math.sin(math.nan)))
