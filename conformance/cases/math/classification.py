# isfinite, isinf and isnan.
import math

for v in (0.0, -0.0, 1.5, 1e308, 5e-324, math.inf, -math.inf, math.nan, 0, 10 ** 300, True):
    print(repr(v)[:12], math.isfinite(v), math.isinf(v), math.isnan(v))
try:
    math.isnan("nan")
except TypeError as e:
    print("TypeError", e)
try:
    math.isfinite(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
data = [1.0, math.nan, 2.5, math.inf, -3.0, math.nan]
clean = [x for x in data if math.isfinite(x)]
print(clean, sum(clean) / len(clean), sum(1 for x in data if math.isnan(x)))
