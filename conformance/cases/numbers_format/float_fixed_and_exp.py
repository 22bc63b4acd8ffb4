# 'f', 'F', 'e', 'E', 'g', 'G' with precisions, '#' and special values.
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 3.5, 1234.5678, 1e-7, 1.5e-5, 123456789.0, 1e16, 1e22,
        9.999999e-5, 0.00001, 1 / 3, 2 / 3, 5e-324, 1.7976931348623157e308, float("inf"),
        float("-inf"), float("nan")]
for v in vals:
    print(f"{v:f}|{v:.0f}|{v:.2f}|{v:#.0f}|{v:F}|{v:e}|{v:.0e}|{v:#.0e}|{v:.3E}")
    print(f"{v:g}|{v:.1g}|{v:.3g}|{v:.10g}|{v:#g}|{v:#.3g}|{v:G}|{v:.17g}")
for p in range(0, 20, 3):
    print(f"{0.1:.{p}f} {2/3:.{p}e} {1e-10:.{p}g} {123456.789:.{p}G}")
print(f"{1e300:.320f}"[:40], len(f"{1e300:.5f}"), f"{1e-300:.305f}"[-8:], f"{5e-324:.330f}"[-10:])
print(format(2**70, "e"), format(-7, ".3f"), format(10**20, "g"), format(True, ".2f"), format(2**53 + 1, ".1f"))
