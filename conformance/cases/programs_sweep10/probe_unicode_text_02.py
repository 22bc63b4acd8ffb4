print("a\tb\nc".split("\n"), "  lead".lstrip(" l"), "xxyxx".strip("x"), "aXbXc".split("X", maxsplit=1), ",".join(["a", "", "b"]).split(","), "1,2,,3".split(",") )
print("%-10s|%10s|" % ("中文", "é"), "{:>6}".format("中文"), "abc".ljust(6, "中"))
print(str(1e100), str(1.0e-4), str(0.0001), str(1e-4 * 10), repr(0.30000000000000004), 1e23, 9.999999999999999e22, 123456789.123456789, 0.1 + 0.7)
print(float.__name__, float("0x1p3") if False else "", float(" 12_3.4_5 "), 1_0.0_1, 0b1_0, 0o1_7, 0x_ff)
