import math
vals = [0.0, -0.0, 1/3, 2/3, 1e-7, 123456789.987654321, 1e16, 1.5e300, float("inf"), -float("nan"), 5e-324, 0.1 + 0.2, 100.0, 2.5, 1e22, 123456.0]
for v in vals:
    print(f"{v!r:>24} | {v:.6f} | {v:g} | {v:.3} | {v:e} | {v:.2%} | {v:10.4g}| {round(v, 3) if math.isfinite(v) else v}")
for v in vals[:8]:
    print("%.6f %g %e %r %s %10.3e %-12.2f| %+.1f %08.3f % .2f %.0f %#.0f %.10g %G %E" % ((v,) * 15))
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(2.5), round(1e300, -299), round(0.125, 2), round(0.375, 2))
print(format(1234567.891, ",.2f"), format(1234567.891, "_.3f"), format(0.000012345, ".3g"), format(12345678.9, ".3g"), format(1e-5, ""), format(1e16, ""))
print(format(3.0, ".0f"), format(3.5, ".0f"), format(4.5, ".0f"), format(-0.0, ".1f"), format(-1e-9, ".2f"), format(float("nan"), "+.2f"), format(float("-inf"), "08.2f"))
print("{:.2f} {:>8.3f} {:<8.1e}| {:^9.2%} {:+g} {:=+10.2f}".format(math.pi, math.e, 12345.6789, 0.4567, 1e-10, -3.14159))
print(f"{math.pi:.{3}f} {math.tau:{12}.{5}} {2**0.5:#.3g} {1.0:#g} {100.0:#.0e} {12.0:g} {12.0:#g}")
print(str(1e15), str(1e16), str(1.0e-4), str(1.0e-5), repr(0.1 * 3), str(-1.5e-10), 1e100, 2.0 ** 62, float(2**53 + 1))
print(float("1_000.5"), float(" -2.5e3 "), float("infinity"), float("-NaN"), float(".5"), float("5."), float(True))
for bad in ["1,5", "", "0x10", "1e", "nan2", "--1"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError", e)
print(1.5.hex(), float.fromhex("0x1.8p1"), (0.1).as_integer_ratio(), 2.5.is_integer(), 7.0.is_integer(), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isclose(0.1 + 0.2, 0.3), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), int(-2.7), math.modf(-3.25), math.frexp(10.0), math.ldexp(0.625, 4))
print(7 / 2, 7 // 2, -7 // 2, 7 % -2, -7 % 2, 7.5 // 2, -7.5 % 2, divmod(-7.5, 2), 2 ** -1, (-8) ** (1 / 3) if False else "", pow(2, 0.5))
print(10 / 4 * 4, 0.1 * 3 == 0.3, abs(-0.0), -0.0 == 0.0, math.copysign(1, -0.0), 1 / 3 + 1 / 3 + 1 / 3, math.hypot(3, 4), math.dist((0, 0), (1, 1)))
print(sum(1 / k ** 2 for k in range(1, 10001)), math.pi ** 2 / 6, math.prod([1.5, 2, 3]), math.sqrt(2) ** 2)
ans = [3.14159265, 2.0, 1e-9, 1234.5]
print(" ".join(f"{x:.6f}" for x in ans))
print("\n".join("%.2f" % x for x in ans))
print(*[round(x, 2) for x in ans], sep=", ")
print(*map("{:.3g}".format, ans))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError", e)
try:
    1 / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    5 % 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError", e)
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError", e)
try:
    format(2, ".2s")
except ValueError as e:
    print("ValueError", e)
try:
    "%d" % 1.5j
except TypeError as e:
    print("TypeError", e)
print("%d %i %x %o %c %5.1s| %%" % (3.99, -2.5, 255, 8, 65, "hello"), "%(a)s-%(b)05.1f" % {"a": 1, "b": 2.25}, "%*d|%-*d|" % (5, 42, 4, 7))
print("%s" % (1,), "%s" % [1, 2], "%r" % "q", "%a" % "é", "%5s|%-5s|" % ("ab", "cd"), "%.3s" % "abcdef", "%x" % -255, "%#o %#x %#X" % (8, 255, 255))
