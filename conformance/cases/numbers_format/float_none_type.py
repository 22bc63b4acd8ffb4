# Floats with no presentation type: like repr without a precision, like 'g'
# (but keeping a digit after the point) with one.
vals = [0.0, -0.0, 1.0, 10.0, 1.5, 0.1, 1e16, 1e15, 123456789.0, 1e-5, 0.0001, 1e22, 1.25e-10,
        3.141592653589793, 100.0, 2.5, float("inf"), float("nan")]
for v in vals:
    print(f"{v}|{v:}|{v:.0}|{v:.1}|{v:.2}|{v:.3}|{v:.5}|{v:.12}|{v:.17}|{v:20}|{v:<12.4}|")
print(format(1.0, "#.0"), format(1.0, "#"), format(100.0, ".1"), format(100.0, "#.1"), format(1e5, ".5"))
print(str(1e16), repr(1e-5), format(1e16, ""), format(1e16, ","), format(1234567.125, ","),
      format(1234567.125, "_"), format(12345678901234567.0, ","))
