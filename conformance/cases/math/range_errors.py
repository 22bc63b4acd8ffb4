# "math range error" (OverflowError) across functions.
import math

attempts = [
    ("exp(1000)", lambda: math.exp(1000)),
    ("exp2(1024)", lambda: math.exp2(1024)),
    ("expm1(710)", lambda: math.expm1(710)),
    ("pow(10, 400)", lambda: math.pow(10, 400)),
    ("pow(2.0, 1024)", lambda: math.pow(2.0, 1024)),
    ("cosh(711)", lambda: math.cosh(711)),
    ("sinh(711)", lambda: math.sinh(711)),
    ("gamma(200)", lambda: math.gamma(200)),
    ("lgamma(1e308)", lambda: math.lgamma(1e308)),
    ("ldexp(1, 1024)", lambda: math.ldexp(1, 1024)),
    ("exp(-1000)", lambda: math.exp(-1000)),
    ("exp(709)", lambda: math.exp(709)),
    ("factorial(170) as float", lambda: float(math.factorial(170))),
    ("factorial(171) as float", lambda: float(math.factorial(171))),
]
for label, fn in attempts:
    try:
        print(label, "=", fn())
    except OverflowError as e:
        print(label, "-> OverflowError", e)
