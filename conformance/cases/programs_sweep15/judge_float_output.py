vals = [0.1 + 0.2, 1/3, 2/3, 1e16, 1e22, 1.5e-7, 123456789.123456789, -0.0, 2.5, 3.5,
        0.5, 1.0, 100.0, 1e300 * 10, float('nan'), 2**0.5, 22/7]
for v in vals:
    print(v, repr(v), str(v), f"{v:.2f}", f"{v:g}", f"{v:e}", "%.3f" % v, "%s" % v, round(v, 3) if v == v and abs(v) != float('inf') else v)
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 1234.5678]:
    print(x, round(x), round(x, 2), round(x, -1), format(x, '.2f'), format(x, '.0f'), int(x), x // 1, x % 1)
print(round(123456, -2), round(-7, -1), round(15, -1), round(25, -1), type(round(2.5)))
print(f"{3.14159:10.4f}|{3.14159:<10.2f}|{3.14159:+.1f}|{-3.14159: .1f}|{1234567.891:,.2f}|{0.000123:.2e}")
print(f"{1e-5}", f"{1e-4}", f"{1e15}", f"{1e16}", f"{123.0}", f"{0.1:.20f}")
print("%g %g %g %g %G" % (1e-5, 123456789, 0.0001, 100000, 1e20))
print("%10.3e|%-12g|%08.2f|%+.0f|%.0f|%.0f" % (12345.678, 0.5, -3.14159, 2.5, 0.5, 1.5))
print(format(1/7, '.15g'), format(1/7, '.17g'), format(2**52 + 0.5, 'f'))
print(float('1e500'), float('-inf'), float(' 3.5 '), float('1_000.5'), float('.5'), float('5.'))
print(0.1 * 3, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9)
import math
print(math.isclose(0.1 * 3, 0.3), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7))
print(math.sqrt(2), math.hypot(3, 4), math.dist((0, 0), (1, 1)), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.prod([1.5, 2, 3]), math.exp(1), math.log(100, 10), math.log10(1000), math.log2(1024))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.degrees(math.pi / 3), math.radians(180), math.sin(math.pi / 6), math.atan2(1, 1))
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 // -2, -7.5 % 2, 7 % -3, -7 // 2)
print((2.5).as_integer_ratio(), (0.1).hex(), float.fromhex('0x1.8p1'), (3.0).is_integer())
print(1e308 * 10 == float('inf'), 10 ** -400 == 0, 2 ** 0.5 * 2 ** 0.5)
mean = sum([88.5, 92.25, 79.0]) / 3
print("Average: %.2f" % mean, "Average:", mean, f"{mean:.3}", f"{mean:.0%}", f"{0.4567:.1%}")
print(int(1e20), int(-1e-5), int(2.9999999999999996), float(2**63), float(10**20))
print(str(1.0e-4), str(12345678901234567.0), str(0.000001), str(1e-7))
for t in [1, 12, 123, 1234]:
    print(f"{t/7:>12.6f}{t*1.1:>12.3f}{t**0.5:>12.4g}")
