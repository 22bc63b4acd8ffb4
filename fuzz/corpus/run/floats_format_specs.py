# format() of floats with every common presentation type.
vals = [0.0, 1.0, -1.5, 3.14159265, 1234567.891, 0.000123456, 1e20, 1e-10, 2.5, 3.5]
for v in vals:
    print(format(v, ""), format(v, "f"), format(v, ".2f"), format(v, "e"), format(v, ".3e"))
    print(format(v, "g"), format(v, ".3g"), format(v, "%"), format(v, ".1%"), format(v, "10.3f") + "|")
print(format(1234567.891, ",.2f"), format(1234567.891, "_.1f"), format(-0.0, ".1f"))
print(format(3.14159, "+.2f"), format(3.14159, " .2f"), format(3.14159, "08.3f"), format(-3.14, "08.2f"))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
print(format(1e16, "g"), format(1e15, "g"), format(123456789.0, "g"), format(1.5, "#g"))
print(format(float("inf"), "f"), format(float("-inf"), "e"), format(float("nan"), ".2f"), format(float("inf"), "F"))
print(format(0.1, ".20f"), format(1 / 3, ".17g"), format(2 / 3, ".15g"))
print(format(1.0, "E"), format(1e-7, "G"), format(12.0, "n"), format(12.5, "<8") + "|", format(12.5, "^9.1f") + "|")
print(format(100.0, ".0e"), format(9.99, ".1f"), format(9.95, ".1f"), format(0.05, ".1f"))
