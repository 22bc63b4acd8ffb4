# sinh/cosh/tanh and their inverses, overflow and domain errors.
import math

def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

for x in [0.0, -0.0, 0.5, 1, -1, 10, -10, 700, -700, 1e-10, math.inf, -math.inf]:
    print(repr(x), math.sinh(x), math.cosh(x), math.tanh(x))
for x in [0.0, -0.0, 0.5, -0.99, 10, 1e300, math.inf, -math.inf]:
    print(repr(x), math.asinh(x))
for x in [1, 1.5, 10, 1e300, math.inf]:
    print(repr(x), math.acosh(x))
for x in [0.0, -0.0, 0.5, -0.5, 0.999999]:
    print(repr(x), math.atanh(x))
print(math.isnan(math.tanh(math.nan)), math.isnan(math.acosh(math.nan)))
show("sinh 1000", math.sinh, 1000)
show("cosh -1000", math.cosh, -1000)
show("acosh 0.5", math.acosh, 0.5)
show("acosh -inf", math.acosh, -math.inf)
show("atanh 1", math.atanh, 1)
show("atanh -1", math.atanh, -1)
show("atanh 2", math.atanh, 2)
