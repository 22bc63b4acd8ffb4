import math
vals = [0.5, 1.0, 2.0, 10.0, 1e-10, 123.456]
for v in vals:
    print(v, math.log(v), math.log2(v), math.log10(v), math.log1p(v), math.exp(v) if v < 100 else "big", math.sqrt(v), math.gamma(v) if v < 100 else "", math.lgamma(v))
print(math.log(8, 2), math.log(100, 10), math.log(2 ** 1000), math.log(10 ** 400), math.log2(2 ** 2000), math.log10(10 ** 500))
print(math.fmod(-7, 3), math.remainder(7, 2), math.remainder(5, 2), math.fmod(7.5, -2), math.modf(-3.25), math.modf(float("inf")))
print(math.dist((0, 0), (3, 4)), math.hypot(1, 2, 2), math.prod([1, 2, 3, 4]), math.prod([], start=5), math.prod(range(1, 20)))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.ulp(0.0), math.nextafter(0.0, -1.0), math.cbrt(27) if hasattr(math, "cbrt") else "")
print(math.erf(0.5), math.erfc(0.5), math.atan2(-0.0, -1), math.atan2(1, 1), math.degrees(math.pi), math.radians(180), math.sin(math.pi))
print(math.cos(1e22), math.tan(1.5707963267948966), math.asin(1), math.acosh(1), math.asinh(-2), math.atanh(0.5), math.cosh(2), math.tanh(100))
print(math.comb(100, 50), math.perm(5), math.factorial(0), math.isqrt(10 ** 40 + 1), math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]))
print(math.floor(1e300), math.ceil(-2.5), math.trunc(1e20), math.isfinite(1e308 * 10), math.isinf(-math.inf), math.isnan(math.nan), math.copysign(3, -0.0))
print(math.gcd(2 ** 100, 6 ** 50), math.lcm(4, 6, 10), math.isclose(1, 1.0000001, rel_tol=1e-6), math.isclose(0, 1e-10, abs_tol=1e-9), math.e, math.tau)
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.exp(1000),
            lambda: math.acos(2), lambda: math.comb(-1, 2), lambda: math.isqrt(-1), lambda: math.gamma(0), lambda: math.lgamma(-1), lambda: math.fmod(1, 0),
            lambda: math.pow(0, -1), lambda: math.log(1, 1), lambda: math.ldexp(1, 10000), lambda: math.dist((1,), (1, 2)), lambda: math.floor("x"), lambda: math.sqrt("4")]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(math.pow(2, 0.5), 2 ** 0.5, math.pow(-8, 1/3) if False else "", math.exp(-1000), math.expm1(1e-10), math.frexp(0.0), math.frexp(-1e-310))
