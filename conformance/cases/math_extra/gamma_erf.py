# gamma/lgamma (CPython's Lanczos code), erf/erfc.
import math

def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

for x in [1, 2, 3, 4.5, 0.5, -0.5, -1.5, 10, 20.5, 100, 171, 1e-300, -1e-300, 171.5, math.inf]:
    print(repr(x), math.gamma(x), math.lgamma(x))
for x in [1, 2, 0.5, -0.5, -2.5, 1e300, 1e-300, 200, -1e10 - 0.5, math.inf, -math.inf]:
    print(repr(x), math.lgamma(x))
for x in [0, -0.0, 0.1, 0.5, 1, 2, 3, 6, -1, -6, 1e-300, 30, math.inf, -math.inf]:
    print(repr(x), math.erf(x), math.erfc(x))
print(math.isnan(math.gamma(math.nan)), math.isnan(math.erf(math.nan)), math.gamma(5) == 24)
show("gamma 0", math.gamma, 0)
show("gamma -0.0", math.gamma, -0.0)
show("gamma -1", math.gamma, -1)
show("gamma -inf", math.gamma, -math.inf)
show("gamma 172", math.gamma, 172)
show("gamma 1e300", math.gamma, 1e300)
show("lgamma 0", math.lgamma, 0)
show("lgamma -2", math.lgamma, -2)
show("lgamma 1e308", math.lgamma, 1e308)
show("erf str", math.erf, "0")
