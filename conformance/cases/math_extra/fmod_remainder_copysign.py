# fmod (sign of x), remainder (IEEE), copysign: special values and errors.
import math

def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

for x, y in [(7, 3), (-7, 3), (7, -3), (-7, -3), (5.5, 2), (-0.0, 1), (1, math.inf), (-1, -math.inf),
             (1e308, 1e-308), (10**20, 3), (6, 4), (5, 2), (7, 2), (-5, 2), (1, 0.1)]:
    print(x, y, math.fmod(x, y), math.remainder(x, y), x % y)
for x, y in [(1, -0.0), (-1, 0.0), (0.0, -1), (math.inf, -1), (-math.inf, 1), (3, math.nan), (math.nan, -1)]:
    print(x, y, math.copysign(x, y))
print(math.isnan(math.fmod(math.nan, 1)), math.isnan(math.remainder(1, math.nan)), math.copysign(True, -1))
show("fmod zero", math.fmod, 1, 0)
show("fmod inf", math.fmod, math.inf, 1)
show("remainder zero", math.remainder, 5, 0)
show("remainder inf", math.remainder, math.inf, 2)
show("fmod str", math.fmod, "1", 2)
show("copysign str", math.copysign, 1, "-")
show("fmod one", math.fmod, 1)
show("fmod kw", math.fmod, 1, y=2)
