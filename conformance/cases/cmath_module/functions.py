# cmath's functions on finite arguments, and its errors.
import cmath
zs = [1 + 1j, -1, 2, 0.5 - 3j, -2 - 0.25j, 1e-310 + 1e-310j, 1e300 + 1e300j, 4j, -0.0 - 4j]
for z in zs:
    print(z, cmath.sqrt(z), cmath.exp(z) if abs(z) < 100 else "-", cmath.log(z), cmath.log10(z), cmath.phase(z), cmath.polar(z))
for z in [0.5 + 0.5j, -1j, 2, 1 - 2j, 25 + 1j]:
    print(z, cmath.sin(z), cmath.cos(z), cmath.tan(z), cmath.sinh(z), cmath.cosh(z), cmath.tanh(z))
print(cmath.rect(2, cmath.pi / 3), cmath.rect(1, 0), cmath.rect(3, -cmath.pi), cmath.log(8, 2), cmath.log(100, 10), cmath.log(1j, 1j))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 2j), cmath.isclose(1, 1.1, rel_tol=0.2), cmath.isclose(0j, 1e-12j, abs_tol=1e-9))
print(cmath.isfinite(1 + 1j), cmath.isinf(complex(1, float("inf"))), cmath.isnan(cmath.nanj), cmath.isnan(1))
r, phi = cmath.polar(-1 + 1j)
print(r, phi, cmath.rect(r, phi), cmath.exp(1j * cmath.pi), cmath.sqrt(-1) ** 2)
for f, args in [(cmath.log, (0,)), (cmath.log, (2, 1)), (cmath.exp, (1000,)), (cmath.cosh, (1000 + 1j,)), (cmath.sqrt, ("4",)),
                (cmath.isclose, (1, 2, 0.1)), (cmath.polar, (1e308 + 1e308j,)), (cmath.sqrt, (10 ** 400,))]:
    try:
        print(f(*args))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
try:
    cmath.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print("ValueError", e)
for z in [0.5 + 0.5j, -1j, 2, 1 - 2j, -3 + 0.25j, 0, 1, -1, 1e300 + 1j, 1e-320j]:
    print(z, cmath.acos(z), cmath.asin(z), cmath.atan(z) if z not in (1j, -1j) else "-", cmath.acosh(z), cmath.asinh(z), cmath.atanh(z) if z not in (1, -1) else "-")
for f, z in [(cmath.atanh, 1), (cmath.atanh, -1), (cmath.atan, 1j)]:
    try:
        print(f(z))
    except ValueError as e:
        print("ValueError", e)
print(cmath.sin(cmath.asin(0.3 + 0.4j)), cmath.tanh(cmath.atanh(0.5j)))
