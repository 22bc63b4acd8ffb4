import math
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), 1e16, 1e15, 123456789012345678.0)
print(-0.0, 0.0 == -0.0, math.copysign(1, -0.0), str(-0.0), repr(1/3), 2/3, 1e-5, 1e-4, 0.0001234)
inf, nan = float("inf"), float("nan")
print(inf, -inf, nan, inf > 1e308, nan == nan, nan != nan, inf == inf, inf - inf, inf * 0, min(1, nan), max(nan, 1))
print(sorted([3, nan, 1]), [nan] == [nan], nan in [nan], (lambda x: x in [x])(nan))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1234.5678, -2), round(15, -1), round(25, -1))
print(type(round(2.5)), type(round(2.5, 0)), round(2.5, 0), round(-0.4), round(7, 2))
for v in [3.14159, 0.000123456, 123456789.0, 1e21, 1e-7, -2.5, 100.0, 1.0, 0.5]:
    print(f"{v:.3f} | {v:.2e} | {v:g} | {v:.3g} | {v!r} | {v:10.4} | {v:%} | {v:,.1f}")
print("%.3f %.2e %g %G %10.2f|%-10.1f|%+.0f %#.0f %.0f %.0f" % (2/3, 12345.678, 1e-5, 1e30, 3.14159, 2.5, 2.5, 2.5, 0.5, 1.5))
print(f"{1e100:g} {1.5e-10:G} {float('inf'):f} {float('-inf'):e} {float('nan'):g} {nan:F}")
print(float("1e500"), float("-1e500"), float(" 3.5 "), float("1_0.5"), float("infinity"), float("-NaN"), float(".5"), float("5."))
for bad in ["1e", "abc", "", "1.2.3", "0x10"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
print((0.1).as_integer_ratio(), (2.5).is_integer(), (0.5).hex(), float.fromhex("0x1.8p1"), math.frexp(12.0), math.ldexp(0.75, 4))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.fmod(-7, 3), -7 % 3, math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.sqrt(2), math.hypot(3, 4), math.dist((0, 0), (1, 1)), math.exp(1), math.log(100, 10), math.log10(1000), math.log2(1024), math.pi * 2 == math.tau)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 % -2, 5 / 2, 5 // 2.0, 2 ** 0.5, 10 / 4 * 4, 1e308 + 1e308)
print(sum(x / 10 for x in range(10)), 3 * 0.1, 0.1 * 3, 1.1 * 1.1, 100 * 1.1, 4.35 * 100, 0.57 * 100)
print(f"{1234567.891:_.2f} {0.1:.20f} {1/7:.15g} {2**53 + 1.0:.0f} {12.0:.0e} {5e-324} {1.7976931348623157e308}")
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(inf), int(1e20), float(2**63), 1e20 == 10**20, 2**53 + 1 == 2.0**53 + 1)
print(complex(1, 2) * 1j, abs(3 + 4j), (1 + 2j).conjugate(), complex("1+2j"), (1j) ** 2, 1j ** 0.5)
