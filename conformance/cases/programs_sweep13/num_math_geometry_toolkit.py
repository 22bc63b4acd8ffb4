import math

points = [(0, 0), (3, 4), (6, 0), (3, -4)]
perimeter = sum(math.dist(points[i], points[(i + 1) % len(points)]) for i in range(len(points)))
print("perimeter", perimeter)
area = 0.5 * abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1])))
print("area", area)
print("hypot", math.hypot(3, 4, 12), "isqrt", math.isqrt(99), math.isqrt(10**20))
print("comb", math.comb(52, 5), "perm", math.perm(10, 3), math.perm(5))
print("prod", math.prod(range(1, 11)), math.prod([0.5, 4, 3], start=2))
vals = [0.1] * 10 + [1e16, 1.0, -1e16]
print("sum", sum(vals), "fsum", math.fsum(vals))
print(math.gcd(84, 126, 210), math.lcm(4, 6, 10), math.factorial(20))
print(math.degrees(math.atan2(1, 1)), math.radians(180) == math.pi, round(math.tau, 6))
print(math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3))
print(math.log(1024, 2), math.log2(1 << 40), math.log10(0.001), math.log1p(1e-10))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1e-10, 0, abs_tol=1e-9), math.trunc(-2.7))
print(math.floor(-2.5), math.ceil(-2.5), math.modf(3.75), math.frexp(40), math.ldexp(0.625, 6))
print(math.inf > 10**308, math.isnan(math.nan), math.nextafter(1.0, 2.0) - 1.0, math.ulp(1.0))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
