# Trigonometric functions, exact values at special points, and domain errors.
import math

def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

for x in [0.0, -0.0, 0.5, 1.0, -1.0, math.pi / 6, math.pi / 4, math.pi / 2, math.pi, 2 * math.pi, 1e10, 1e-300, 3]:
    print(repr(x), math.sin(x), math.cos(x), math.tan(x))
for x in [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 1, True]:
    print(repr(x), math.asin(x), math.acos(x), math.atan(x))
print(math.atan(math.inf), math.atan(-math.inf), math.atan(10**300))
for y, x in [(1, 1), (1, -1), (-1, -1), (-1, 1), (0.0, -0.0), (-0.0, -0.0), (0.0, 0.0), (1, 0),
             (math.inf, math.inf), (-math.inf, math.inf), (math.inf, -math.inf), (1, math.inf), (1, -math.inf)]:
    print(y, x, math.atan2(y, x))
print(math.isnan(math.sin(math.nan)), math.isnan(math.atan2(math.nan, 1)))
show("sin inf", math.sin, math.inf)
show("cos -inf", math.cos, -math.inf)
show("tan inf", math.tan, math.inf)
show("asin 2", math.asin, 2)
show("acos -1.5", math.acos, -1.5)
show("asin inf", math.asin, math.inf)
show("sin str", math.sin, "0")
show("sin none", math.sin, None)
show("sin big", math.sin, 10**400)
show("atan2 str", math.atan2, 1, "x")
