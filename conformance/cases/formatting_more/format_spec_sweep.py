# Format-spec corners: sign-aware padding, grouping, g/e/% types, bad specs, float repr and rounding.
print("{:=+10}|{:=10}|{:_x}|{:,}|{:>8}|{:c}|{:.3s}|{:d}|{:n}".format(42, -3.5, 0xfffff, -1234.5, float("nan"), 9731, "abcdef", True, 1.5))
print("{0[1]}|{0[k]}|{1.real}|{1.imag:+}|{2!s:^7}|{:%}".format if False else "{0[1]}|{1[k]}|{2.real}|{2.imag:+}".format([5, 6], {"k": "v"}, 3 + 4j))
print("{:#.3g}|{:e}|{:.0e}|{:g}|{:g}|{:G}|{:.2g}|{:#x}|{:#b}|{:08.3f}|{:+.2%}".format(1.0, 0, 12345, 1e16, 1e-5, 1e-20, 0.000123456, 0, 5, -3.14159, 0.25))
print("%.0f %.0f %.0f %r %i %5.1f%% %-6.2e| %+d % d %s" % (0.5, 1.5, 2.5, {}, 3.9, 99.44, 12345.6789, 5, 7, None))
print(format(-0.0, ".1f"), format(1e16, "g"), format(123456789.0, ".3g"), format(0.1, ".20f"), format(2 ** 0.5, ".15g"), format(1/3, ".17g"), format(100.0, "g"), format(1e100, ".2e"))
print(f"{12345678:_}", f"{-12345678.9:,.1f}", f"{0xDEADBEEF:_X}", f"{1234:08,}", f"{-42:06}", f"{3:+03d}", f"{'s':<0}", f"{7:^#8b}", f"{0.000001:.2}", f"{1e-7!r}")
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|{'fill':~^11}|{42:*<6}|{-1.5:0=8.2f}")
for bad in ["{:d}".format, "{:,s}".format, "{:=s}".format, "{:c}".format]:
    for arg in (1.5, "x"):
        try:
            print(bad(arg))
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ":", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
try:
    "{0[5]}".format([1])
except IndexError as e:
    print("IndexError:", e)
try:
    f"{1:{'>'}{'10'}.{'x'}}"
except ValueError as e:
    print("ValueError:", e)
print(repr(1e16), repr(1.0e-4), repr(0.0001), repr(123456789012345678901234.0), str(1.5e300 * 1.5e300), repr(-float("nan")), 1e15 + 0.3, 9007199254740993.0)
print(round(2.675, 2), round(-0.5), round(0.5), round(1.5), round(-2.5), round(2.5, 0), round(1e20, -19), round(123.456, -1), round(5, 2), type(round(5.5)).__name__, type(round(5.5, 0)).__name__)
print(int(1e20), int(-1e-20), float(10 ** 20), float("  1.5e3  "), float("-inf"), 10 ** 20 / 3, 2 ** 64 // 7, -2 ** 63, (-2) ** 63, 10 ** -2, 0 ** 0, pow(0.0, 0), (-8) ** (1 / 3))
print(7 / 2, 7 // 2, -7 // 2, 7.0 // 2, -7.0 % 3, 7 % -3.0, 1 % 0.1, 0.1 * 3 == 0.3, 1_000_000 * 3, 0o17, 0b1010, 1e3 == 1000, hash(1.0) == hash(1), hash(-1), hash(-2))
