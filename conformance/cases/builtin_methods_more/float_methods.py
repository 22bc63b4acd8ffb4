for x in [1.0, 1.5, -2.0, 0.0, -0.0, 1e300, float("inf"), float("nan")]:
    print(repr(x), x.is_integer())
for x in [0.5, 0.1, -2.5, 3.0, 0.0, 1e-3, 2.0**60]:
    print(repr(x), x.as_integer_ratio())
for x in [float("inf"), float("nan")]:
    try:
        x.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for x in [1.0, 0.5, -0.1, 0.0, -0.0, 3.14, 1e-320, 1.7976931348623157e308, float("inf"), float("-inf"), float("nan")]:
    print(x.hex())
for s in ["0x1p0", "0x1.8p1", "-0x1.0p-2", "0X1.FFFFFp+4", "  0x3  ", "inf", "-Infinity", "nan", "0x.8", "1p4", "0x1p-1074", "0x1.8"]:
    print(s.strip(), float.fromhex(s))
for s in ["0x1p99999", "xyz", "0x", ""]:
    try:
        float.fromhex(s)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((2.5).conjugate(), (2.5).real, (2.5).imag, float("  -1_0.5e1 "), float("-iNF"), float("+nan"))
for s in ["1__0", "abc", "", "1e", "0x10"]:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5, -2), round(1.5, None), type(round(1.5, 0)).__name__)
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 % -2, -0.0 % 1.0, (-1e-20) % 1.0)
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(int(1e20), float(10**20), float(2**53 + 1), 0.1 + 0.2, 1e16, 1e15 + 0.5, 1 / 3)
