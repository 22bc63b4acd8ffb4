# -0.0 and values that round to zero keep their sign; the 'z' option is
# 3.11's way to drop it.
for v in [-0.0, 0.0, -0.0001, -0.4, -0.5, -1e-20, 0.0001]:
    print(repr(v), format(v, ".0f"), format(v, ".2f"), format(v, "z.2f"), format(v, "+z.1f"),
          format(v, "g"), format(v, ".0e"), format(v, "z.0e"), format(v, ""))
print(-0.0, str(-0.0), repr(-0.0), f"{-0.0}", "%f" % -0.0, "%.0f" % -0.4)
print(round(-0.4), round(-0.0), round(-0.4, 1), round(-0.04, 1), abs(-0.0))
print(-0.0 == 0.0, 1 / float("-inf"), -0.0 * 5, 0.0 * -5, -0.0 + 0.0, -0.0 - 0.0)
print(complex(-0.0, -0.0), complex(0.0, -0.0), -0j, format(complex(-0.0, 0.0), ".1f"))
print(format(-0.0, "z"), format(-0.0, "z>8"), format(-0.00001, "z.3%"))
try:
    format(-1, "z")
except ValueError as e:
    print("ValueError", e)
try:
    format(-1, "zd")
except ValueError as e:
    print("ValueError", e)
print(f"{-0.0:z}", f"{-0.0001:z.2g}", f"{-0.0:z010.2f}")
import math
print(math.copysign(1, -0.0), math.copysign(1, float("-0")), float("-0.0"), int(-0.0))
