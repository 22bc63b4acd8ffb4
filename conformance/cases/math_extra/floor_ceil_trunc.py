# floor/ceil/trunc return ints: exact for large floats, ints pass through.
import math

def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

for x in [0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, 1e-300, -1e-300, 1e15 + 0.5, 2.0**52 + 0.5, 1e16,
          4.5e18, -4.7e18, 9.3e18, 1e20, -1e22, 1.7976931348623157e308]:
    print(repr(x), math.floor(x), math.ceil(x), math.trunc(x))
for x in [0, 7, -7, 2**62, -2**62 - 1, 10**30, True, False]:
    r = (math.floor(x), math.ceil(x), math.trunc(x))
    print(x, r, [type(v).__name__ for v in r])
print(type(math.floor(2.0)).__name__, math.floor(-1e300) == -int(1e300), math.ceil(1e300) == int(1e300))
show("floor inf", math.floor, math.inf)
show("ceil -inf", math.ceil, -math.inf)
show("trunc inf", math.trunc, math.inf)
show("floor nan", math.floor, math.nan)
show("ceil nan", math.ceil, math.nan)
show("trunc nan", math.trunc, math.nan)
show("floor str", math.floor, "1.5")
show("ceil str", math.ceil, "1.5")
show("trunc str", math.trunc, "1.5")
show("floor none", math.floor, None)
show("trunc list", math.trunc, [1])
show("floor noargs", math.floor)
show("ceil two", math.ceil, 1, 2)
