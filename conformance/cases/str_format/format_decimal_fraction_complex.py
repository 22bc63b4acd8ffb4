from decimal import Decimal
from fractions import Fraction
ds = [Decimal("0"), Decimal("-0"), Decimal("1.50"), Decimal("-2.345"), Decimal("1E+5"), Decimal("123456.789"),
      Decimal("NaN"), Decimal("-Infinity"), Decimal("0.000001234")]
for d in ds:
    row = []
    for s in ["", "f", ".2f", "e", ".3e", "g", ".2g", "%", ".1%", ",.2f", "_f", ">12.3f", "+f", "E", "G", "F", "n"]:
        try:
            row.append(format(d, s))
        except ValueError as e:
            row.append(f"<{e}>")
    print(repr(d), row)
for bad in ["d", "x", "b", "c"]:
    try:
        format(Decimal("1.5"), bad)
    except ValueError as e:
        print(bad, "ValueError", e)
fs = [Fraction(1, 3), Fraction(-7, 2), Fraction(0), Fraction(22, 7)]
for f in fs:
    row = []
    for s in ["", ">10", "^9"]:
        try:
            row.append(format(f, s))
        except (ValueError, TypeError) as e:
            row.append(f"<{type(e).__name__}: {e}>")
    print(repr(f), row)
for bad in [".2f", "e", "g", "%", "d"]:
    try:
        print(format(Fraction(1, 3), bad))
    except (ValueError, TypeError) as e:
        print(bad, type(e).__name__, e)
cs = [1 + 2j, -1.5 - 0.5j, 0j, complex(0, -0.0), 1e20 + 1j, complex(float("inf"), float("nan")), 3j]
for c in cs:
    row = []
    for s in ["", "f", ".2f", "e", ".3g", "g", "+.1f", ">20", "^20.2f", "G", "E", "n", "F"]:
        try:
            row.append(format(c, s))
        except ValueError as e:
            row.append(f"<{e}>")
    print(repr(c), str(c), row)
for bad in ["%", "d", "=10", "010", "x", "c"]:
    try:
        format(1 + 2j, bad)
    except ValueError as e:
        print(bad, "ValueError", e)
