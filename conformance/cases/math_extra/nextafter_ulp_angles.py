# nextafter, ulp, degrees/radians, isfinite/isinf/isnan.
import math

def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0, 1), math.nextafter(0.0, -1), math.nextafter(1, 1))
print(math.nextafter(1.7976931348623157e308, math.inf), math.nextafter(math.inf, 0), math.nextafter(-0.0, 0.0))
print(math.isnan(math.nextafter(math.nan, 1)), math.nextafter(5e-324, 0), math.nextafter(2**53, 0))
for x in [1, 0, -0.0, 1e300, 5e-324, 2**52, 1.7976931348623157e308, math.inf, -math.inf, -2.5]:
    print(repr(x), math.ulp(x))
print(math.isnan(math.ulp(math.nan)))
for x in [0, 1, math.pi, -math.pi / 2, 180, 1e308, math.inf]:
    print(repr(x), math.degrees(x), math.radians(x))
for x in [0, 1.5, -1e308, 10**300, math.inf, -math.inf, math.nan, True]:
    print(repr(x), math.isfinite(x), math.isinf(x), math.isnan(x))
show("isnan big", math.isnan, 10**400)
show("isinf str", math.isinf, "inf")
show("isfinite none", math.isfinite, None)
show("degrees str", math.degrees, "1")
show("nextafter str", math.nextafter, 1, "2")
show("ulp str", math.ulp, "1")
show("nextafter one", math.nextafter, 1)
