# exp, exp2, expm1, log, log2, log10, log1p.
import math

for x in (0, 1, -1, 0.5, 10, -745, 709):
    print(x, math.exp(x), math.exp2(x), math.expm1(x))
print(math.expm1(1e-10), math.exp(1e-10) - 1, math.log1p(1e-10), math.log(1 + 1e-10))
for x in (1, math.e, 10, 100, 0.5, 2 ** 0.5, 1e-300):
    print(x, math.log(x), math.log2(x), math.log10(x), math.log1p(x))
print(math.log(8, 2), math.log(100, 10), math.log(1000, 10), math.log(81, 3), math.log(2, 0.5))
print(math.log(10 ** 1000), math.log10(10 ** 1000), math.log2(2 ** 1000), math.log(2 ** 10000, 2))
print(math.log2(1024), math.log10(0.001), math.log(math.inf), math.exp(-math.inf), math.exp(math.inf))
print(math.exp2(10), math.exp2(-1), math.exp2(0.5), math.exp2(1023), math.exp2(-1074))
for bad in (0, -1, -math.inf):
    try:
        math.log(bad)
    except ValueError as e:
        print("ValueError", bad, e)
for fn in (math.log2, math.log10):
    try:
        fn(0)
    except ValueError as e:
        print("ValueError", fn.__name__, e)
try:
    math.log1p(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.log(10, 1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    math.log(10, 0)
except ValueError as e:
    print("ValueError", e)
try:
    math.log(-(10 ** 400))
except ValueError as e:
    print("ValueError", e)
