# Checking trig identities numerically with isclose.
import math

ok = True
for k in range(-20, 21):
    x = k * 0.37
    checks = [
        math.isclose(math.sin(x) ** 2 + math.cos(x) ** 2, 1.0),
        math.isclose(math.sin(2 * x), 2 * math.sin(x) * math.cos(x), abs_tol=1e-12),
        math.isclose(math.cosh(x) ** 2 - math.sinh(x) ** 2, 1.0, rel_tol=1e-6),
        math.isclose(math.atan2(math.sin(x), math.cos(x)), math.remainder(x, math.tau), abs_tol=1e-12),
    ]
    if not all(checks):
        ok = False
        print("failed at", x, checks)
print("identities hold:", ok)
print(math.sin(math.pi), math.cos(math.pi / 2), math.tan(math.pi / 4))
