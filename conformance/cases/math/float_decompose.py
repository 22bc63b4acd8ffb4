# frexp, ldexp, nextafter and ulp.
import math

for x in (0.0, 1.0, 8.0, 0.1, -3.75, 1e300, 5e-324, math.inf):
    print(x, math.frexp(x))
print(math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(0.75, 3), math.ldexp(-1.5, 0))
for x in (1.0, 0.1, -2.5, 12345.678):
    m, e = math.frexp(x)
    print(x, m, e, math.ldexp(m, e) == x)
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0))
print(math.nextafter(1.0, 1.0), math.nextafter(math.inf, 0), math.nextafter(1.7976931348623157e308, math.inf))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(1e16), math.ulp(-5.0), math.ulp(math.inf), math.ulp(1.7976931348623157e308))
try:
    math.ldexp(1.0, 10000)
except OverflowError as e:
    print("OverflowError", e)
try:
    math.ldexp(1.0, 1.5)
except TypeError as e:
    print("TypeError", e)
print(math.ldexp(1.0, -10000), math.ldexp(0.0, 10000))
