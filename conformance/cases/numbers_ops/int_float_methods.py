# The methods and attributes of int, bool and float.
for n in [0, 1, -1, 255, -256, 2**62 - 1, -2**62, 2**100, -(2**100) + 1, True, False]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.numerator, n.denominator, n.real,
          n.imag, n.conjugate(), n.__trunc__(), n.__floor__(), n.__ceil__(), n.__round__(-1))
for x in [0.0, -0.0, 1.5, -2.75, 0.1, 1e300, 5e-324, 2.0**80, 123456.789]:
    print(x, x.as_integer_ratio(), x.is_integer(), x.hex(), x.real, x.imag, x.conjugate(),
          x.__trunc__(), x.__floor__(), x.__ceil__(), x.__round__(), x.__round__(1))
for t in ["0x1.8p1", "-0x1p-1074", "0X1.FFFFFFFFFFFFFP+1023", " 0x.8 ", "inf", "-nan", "0x1p+1024",
          "xyz", "0x1.8p", "1.5"]:
    try:
        print(t, float.fromhex(t))
    except (ValueError, OverflowError) as e:
        print(t, type(e).__name__, e)
for x in [float("inf"), float("-inf"), float("nan")]:
    print(x.hex(), x.is_integer())
    for name in ["as_integer_ratio", "__trunc__", "__floor__", "__ceil__", "__round__"]:
        try:
            print(getattr(x, name)())
        except (OverflowError, ValueError) as e:
            print(name, type(e).__name__, e)
print((5).__format__("x"), (2.5).__format__(".3f"), True.__format__(""), (7).__int__(), (7).__index__())
print(float.fromhex((0.1).hex()) == 0.1, [float.fromhex(float(k).hex()) == k for k in (1, 3, 10**20)])
print(type(True.real).__name__, type((1.5).real).__name__, type((3).__float__()).__name__)
try:
    (5).bit_length(1)
except TypeError as e:
    print("TypeError:", e)
