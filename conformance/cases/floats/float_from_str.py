# float() parsing.
for s in ("3.14", " -2.5 ", "1e3", "1E-3", "+.5", "5.", "1_000.5", "8",
          "inf", "-Infinity", "nan", "1e400", "-1e400", "1e-400", "000.100", "  7\n", "١٢.٥"):
    print(repr(s), float(s))
for s in ("", "abc", "1.2.3", "1e", "1_", "_1", "1__0", "0x10", "- 1", "1,5", "infinity and beyond"):
    try:
        float(s)
    except ValueError as e:
        print("ValueError", e)
print(float(), float(3), float(-0), float(True), float(10 ** 20))
try:
    float(None)
except TypeError as e:
    print("TypeError", e)
try:
    float([1.0])
except TypeError as e:
    print("TypeError", e)
print(float.fromhex("0x1.8p1"), (3.0).hex(), (0.1).hex(), float.fromhex("-0x1p-1074"))
