vals = [0.0, -0.0, 1.5, -2.5, 3.14159, 1e16, 1.23e-7, 123456.789, float("inf"),
        float("-inf"), float("nan"), 1e100, 0.1, 2.675, 1/3, 5e-324]
specs = ["", "f", ".0f", ".1f", "10.3f", "<10.2f", "^10.2f", "=+10.2f", "+.2f", " .2f",
         "010.2f", ",.2f", "_.2f", "e", ".0e", "#.0e", "E", ".3E", "g", ".3g", "#.3g",
         "G", ".10g", "%", ".0%", ".2%", "n", "F", "#f", "#.0f", "z.1f", "z.0f", "-.1f",
         "*>12,.3f", ".15g", ".17g", "r"[:0], "10", "<", ".1", ".5", "#", "#.3", "+",
         "015", "_", ",", "z", "=12.1e"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except (ValueError, OverflowError) as e:
            out.append(f"{type(e).__name__}:{e}")
    print(repr(v), "|".join(out))
for bad in ["d", "x", "c", "b", "o", "s", ",_f", "_,f", ".f", "10.2.3f", "#x", "=s", "zs"]:
    try:
        print(bad, format(1.5, bad))
    except (ValueError, OverflowError) as e:
        print(bad, type(e).__name__, e)
print(round(2.675, 2), round(-0.5), round(0.5), round(1.5), round(2.5), round(-1.5))
print(format(1e22, ""), format(1e21, "f"), format(-1e-5, ""), str(1e16), str(1e15), repr(1.0e-4), repr(1e-5))
print(f"{0.5:.0f} {1.5:.0f} {2.5:.0f} {-0.5:.0f}")
print(f"{1234567.0:n} {1234567.891:,.1f} {-1234.5:_}")
print(f"{float('nan'):+} {float('inf'): } {float('-nan'):}")
print(f"{-0.0:z} {-0.0:z.2f} {-0.001:z.1f} {0.0:+}")
