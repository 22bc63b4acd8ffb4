# repr() and str() of floats are the shortest strings that round-trip.
vals = [0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5,
        0.000123, 1.7976931348623157e308, 2.2250738585072014e-308, 5e-324, 1e23, 9007199254740993.0,
        4.35, 2.675, 100.0, 1e100, 123.456e-300, -0.0, 3.0e-10, 1234567890123456.7]
for v in vals:
    r = repr(v)
    print(r, str(v), float(r) == v, f"{v}", f"{v!r}")
x = 1.0
for i in range(12):
    x = x * 7 / 3
    print(x, -x, x * 1e-20, x * 1e20)
print([i / 10 for i in range(11)], [2.0**i for i in (-3, 52, 53, 60, 70)])
