vals = [0.0, -0.0, 1.0, -1.5, 123456.789, 1e-7, 1e16, 2.5, 3.5, float("inf"), float("-inf"), float("nan")]
for v in vals:
    print(f"{v!r:>12} {v:g} {v:.3g} {v:e} {v:.0f} {v:+.2f} {v:%} {v:.1E} {v:G} {v:10.3}")
print(format(1234567.891, ",.2f"), format(1234567.891, "_.3f"), format(0.000012345, ".2e"))
print(format(-0.0, "z.1f") if True else "", format(-0.001, "z.1f"), format(0.5, ".0f"), format(1.5, ".0f"))
print(format(1e300 * 10, "f"), format(12.0, "#g"), format(12.0, "g"), format(1.0, "#.0f"))
print(format(123.456, "015,.2f"), format(-123.456, "=+12.1f"), format(0.1, ".20f"))
print(round(2.675, 2), round(-0.5), round(1.5), round(2.5), round(1234.5, -2), round(-0.0, 1))
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError", e)
try:
    format(1.5, ",x")
except ValueError as e:
    print("ValueError", e)
