# '%' with precision 0, '.0e', alternate forms that keep the point, and
# rounding half to even in the shortest/fixed paths.
for v in [0.5, 1.5, 2.5, 0.125, 1, 0, -0.004, 1e-10, 12.3456]:
    print(repr(v), format(v, ".0%"), format(v, "%"), format(v, "#.0%"), format(v, ".1%"))
for v in [0, 1, 9.5, 10.5, 12345.6789, -0.0, 1e-300, 5e-324]:
    print(repr(v), format(v, ".0e"), format(v, "#.0e"), format(v, ".0E"), format(v, "e"), format(v, ".2e"))
print(format(12345, ".0e"), format(12345, "e"), format(2**64, ".3e"), format(-7, "%"))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(-0.5, ".0f"), format(2.675, ".2f"))
print(format(0.5, "#.0f"), format(100.0, ".0g"), format(100.0, "#.0g"), format(1e16, ".0f"))
print(format(123.456, ".0g"), format(123.456, ".1g"), format(0.0001234, ".2g"), format(1e-5, "g"), format(1e16, "g"))
print(format(1.0, "g"), format(1.0, "#g"), format(1.0, ""), format(1e16, ""), format(1.5e300 * 1.5e10, ""))
print("%.0e %.0f %#.0f %.0g %#.0g %.3g" % (5.5, 6.5, 7.5, 8.5, 9.5, 0.00012345))
print(f"{0.000001:.0%}", f"{-0.0:.0%}", f"{1/3:.2%}", f"{2/3:10.1%}|")
