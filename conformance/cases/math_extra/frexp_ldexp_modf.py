# frexp/ldexp/modf: exact decomposition, subnormals, specials, errors.
import math

def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

for x in [0.0, -0.0, 1.0, -1.0, 0.5, 3, 1e300, 5e-324, 2.0**-1074, 1e-310, -123.456, 2**1000]:
    m, e = math.frexp(x)
    print(repr(x), m, e, math.ldexp(m, e) == x)
print(math.frexp(math.inf), math.frexp(-math.inf), math.isnan(math.frexp(math.nan)[0]), math.frexp(math.nan)[1])
print(math.ldexp(1, 10), math.ldexp(0.5, -1073), math.ldexp(1.0, -1075), math.ldexp(1.0, -1074), math.ldexp(3, 0))
print(math.ldexp(1.0, -2**70), math.ldexp(0.0, 2**70), math.ldexp(math.inf, -5), math.ldexp(-0.0, 10), math.ldexp(1, True))
for x in [0.0, -0.0, 2.5, -2.5, 1e300, 3, 0.1, -1e-300, math.inf, -math.inf]:
    print(repr(x), math.modf(x))
print(math.isnan(math.modf(math.nan)[0]))
show("ldexp overflow", math.ldexp, 1.0, 1024)
show("ldexp huge", math.ldexp, 1.0, 2**70)
show("ldexp float exp", math.ldexp, 1.0, 1.5)
show("ldexp str exp", math.ldexp, 1.0, "2")
show("ldexp str x", math.ldexp, "1", 2)
show("ldexp one", math.ldexp, 1.0)
show("frexp big", math.frexp, 10**400)
show("frexp str", math.frexp, "1")
show("modf str", math.modf, "1")
