# ceil, floor, trunc, modf, fabs, copysign, fmod, remainder.
import math

for x in (2.5, -2.5, 3.0, -0.5, 0.0, 1e20, -7.999, 7):
    print(x, math.ceil(x), math.floor(x), math.trunc(x), math.modf(x), math.fabs(x))
print(type(math.ceil(2.1)).__name__, type(math.floor(5)).__name__, math.ceil(10 ** 30), math.floor(-(2 ** 70)))
print(math.copysign(3, -0.0), math.copysign(-3, 2), math.copysign(0.0, -1), math.copysign(math.inf, -5))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(7.5, 2), math.fmod(-0.0, 1))
print(-7 % 3, math.fmod(-7, 3), 7.5 % -2, math.fmod(7.5, -2))
print(math.remainder(7, 3), math.remainder(8, 3), math.remainder(5, 2), math.remainder(7, 2), math.remainder(-7, 3))
print(math.modf(math.inf), math.modf(-math.inf), math.fabs(-math.inf), math.fabs(-0.0))
try:
    math.ceil(math.inf)
except OverflowError as e:
    print("OverflowError", e)
try:
    math.floor(math.nan)
except ValueError as e:
    print("ValueError", e)
try:
    math.fmod(1, 0)
except ValueError as e:
    print("ValueError", e)
try:
    math.remainder(1, 0)
except ValueError as e:
    print("ValueError", e)
try:
    math.trunc("3")
except TypeError as e:
    print("TypeError", e)
