# TypeErrors from math functions given the wrong kinds of arguments.
import math

calls = [
    ("sqrt('4')", lambda: math.sqrt("4")),
    ("floor(None)", lambda: math.floor(None)),
    ("ceil([1])", lambda: math.ceil([1])),
    ("sin()", lambda: math.sin()),
    ("atan2(1)", lambda: math.atan2(1)),
    ("log(1, 2, 3)", lambda: math.log(1, 2, 3)),
    ("gcd(1, 2.0)", lambda: math.gcd(1, 2.0)),
    ("factorial('5')", lambda: math.factorial("5")),
    ("isqrt(4.0)", lambda: math.isqrt(4.0)),
    ("comb(5, '2')", lambda: math.comb(5, "2")),
    ("fsum(5)", lambda: math.fsum(5)),
    ("exp(x=1)", lambda: math.exp(x=1)),
]
for label, fn in calls:
    try:
        fn()
    except TypeError as e:
        print(label, "-> TypeError", e)
print(math.sqrt(True), math.floor(True), math.exp(False), math.factorial(True))
