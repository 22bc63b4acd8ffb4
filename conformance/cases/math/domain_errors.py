# "math domain error" across functions.
import math

attempts = [
    ("sqrt(-1)", lambda: math.sqrt(-1)),
    ("log(0)", lambda: math.log(0)),
    ("log(-5)", lambda: math.log(-5)),
    ("log10(-1)", lambda: math.log10(-1)),
    ("log2(0.0)", lambda: math.log2(0.0)),
    ("acos(1.5)", lambda: math.acos(1.5)),
    ("asin(-1.5)", lambda: math.asin(-1.5)),
    ("acosh(0)", lambda: math.acosh(0)),
    ("atanh(-1)", lambda: math.atanh(-1)),
    ("fmod(inf, 1)", lambda: math.fmod(math.inf, 1)),
    ("pow(-8, 1/3)", lambda: math.pow(-8, 1 / 3)),
    ("pow(0, -1)", lambda: math.pow(0, -1)),
    ("gamma(-3)", lambda: math.gamma(-3)),
    ("cos(inf)", lambda: math.cos(math.inf)),
    ("log1p(-2)", lambda: math.log1p(-2)),
    ("sqrt(-inf)", lambda: math.sqrt(-math.inf)),
]
for label, fn in attempts:
    try:
        print(label, "=", fn())
    except ValueError as e:
        print(label, "-> ValueError", e)
    except ZeroDivisionError as e:
        print(label, "-> ZeroDivisionError", e)
