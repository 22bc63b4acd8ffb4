# The constants of the math module.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(repr(math.pi), repr(math.e), repr(math.tau), math.tau == 2 * math.pi)
print(math.isinf(math.inf), math.isnan(math.nan), math.inf > 1e308, math.nan != math.nan)
print(f"{math.pi:.10f} {math.e:.5e} {math.tau:g}", round(math.pi, 4), str(math.e)[:6])
print(type(math.pi).__name__, type(math.inf).__name__, math.inf == float("inf"))
