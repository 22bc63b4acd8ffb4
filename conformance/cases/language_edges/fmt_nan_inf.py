# nan and inf with signs, zero padding, '=' alignment and the '#' flag:
# zero padding applies to them as to numbers.
inf, nan = float("inf"), float("nan")
for v in [inf, -inf, nan, -nan]:
    print(repr(v), [format(v, s) for s in ["", "+", " ", "08", "+08", "=8", "<8", "^9", "08.2f",
                                              ".3e", "E", "F", "G", "%", "#", "#.0f", "z"]])
print(f"{inf:010}", f"{-inf:010.3f}", f"{nan:+010}", f"{inf:_>10}")
print("%f %F %e %E %g %G %r" % (inf, -inf, nan, nan, inf, -inf, -nan))
print("%010f|%-10f|%+f|% f" % (inf, nan, nan, inf))
print(str(inf), repr(-inf), str(nan), float("-inf"), float("+nan"), float("INFINITY"))
print(complex(inf, nan), complex(-inf, -inf), format(complex(nan, inf), "+"))
print(format(inf, "n"), format(-inf, ",.2f"), format(nan, "_g"))
print(int.__format__(5, "") if False else "", round(inf) if False else "")
try:
    int(nan)
except ValueError as e:
    print("ValueError", e)
try:
    int(-inf)
except OverflowError as e:
    print("OverflowError", e)
try:
    format(inf, "d")
except ValueError as e:
    print("ValueError", e)
