vals = [0.0, -0.0, 1.0, 1.5, -2.25, 1234.5678, 0.000123456, 1e16, 1e-7, 123456789.0, float("inf"), float("-inf"), float("nan")]
for spec in ["", "f", ".0f", ".3f", "e", ".2e", "E", "g", ".3g", "G", "%", ".1%", "#.0f", "#g", "+f", " .2f", "012.3f", "+012.1e",
             "<10.2f", ">10.2f", "^10.2f", "=+10.2f", "*>12,.2f", "_.3f", ".10g", "n", "z.1f", "#.3g", ".0e", ".0%"]:
    print(f"{spec!r:12}", [format(v, spec) for v in vals])
print(format(1e22, ""), format(1e22, "g"), str(1e22), format(1e16, ".17g"), format(0.1, ".20f"), format(2.5, ".0f"), format(3.5, ".0f"))
print(format(123.456, ".2"), format(123.456, ".5"), format(1e-5, ""), format(1e-4, ""), format(1e-5, "g"))
for bad in ["d", "x", "c", ",s", "#s" ]:
    try:
        format(1.5, bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(f"{-0.0001:z.2f} {-0.0:z} {0.0001:z.2f}")
