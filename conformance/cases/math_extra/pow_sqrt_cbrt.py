# math.pow (always float, C99 special cases), sqrt, cbrt.
import math

def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

for x, y in [(2, 10), (2, 0.5), (-2, 3), (-2, 2), (2, -1), (0, 0), (0.0, 5), (-0.0, 3), (-0.0, 2),
             (1, math.inf), (1, math.nan), (math.nan, 0), (-1, math.inf), (0.5, math.inf),
             (2, -math.inf), (math.inf, -1), (-math.inf, 3), (-math.inf, 2), (-math.inf, -3), (10, -400)]:
    print(x, y, math.pow(x, y))
for x in [0, -0.0, 1, 2, 4, 0.25, 1e308, 5e-324, math.inf, 2**1000, True]:
    print(repr(x), math.sqrt(x), math.cbrt(x))
for x in [-8, -27, -1e300, -0.001, -math.inf]:
    print(repr(x), math.cbrt(x))
print(math.isnan(math.sqrt(math.nan)), math.isnan(math.cbrt(math.nan)), math.sqrt(2) ** 2)
show("pow 0 -1", math.pow, 0, -1)
show("pow 0.0 -inf", math.pow, 0.0, -math.inf)
show("pow -1 0.5", math.pow, -1, 0.5)
show("pow 10 400", math.pow, 10, 400)
show("pow -10 401", math.pow, -10, 401)
show("pow big int", math.pow, 10**400, 1)
show("sqrt -1", math.sqrt, -1)
show("sqrt -inf", math.sqrt, -math.inf)
show("sqrt -0.0", math.sqrt, -0.0)
show("sqrt big", math.sqrt, 10**400)
show("sqrt str", math.sqrt, "4")
