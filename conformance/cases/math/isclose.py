# isclose with relative and absolute tolerances.
import math

print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1.0, 1.0000000001), math.isclose(1.0, 1.00001))
print(math.isclose(1.0, 1.00001, rel_tol=1e-4), math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(math.isclose(100, 101, rel_tol=0.01), math.isclose(100, 102, rel_tol=0.01), math.isclose(-1, -1.0))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan))
print(math.isclose(1e308, math.inf), math.isclose(5, 5), math.isclose(a=1, b=1.05, rel_tol=0.05))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.isclose(1, 2, 0.5)
except TypeError as e:
    print("TypeError", e)
