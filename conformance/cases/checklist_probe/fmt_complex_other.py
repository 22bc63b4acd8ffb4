from decimal import Decimal
from fractions import Fraction
vals = [1+2j, -1.5-0.5j, 0j, complex(-0.0, -0.0), 1e20+1j, complex("nan+infj"), 3j]
specs = ["", ".2f", "10.1f", "<20", "^20.3e", "+g", "e", "E", "F", ".1g", "#g", "=10",
         "010", "n", "%", "d", "x", "s", "c", "b", "_.2f", ",", "z.1f", "#", "+.0f"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except (ValueError, TypeError) as e:
            out.append(f"{type(e).__name__}:{e}")
    print(repr(v), "|".join(out))
dvals = [Decimal("1.5"), Decimal("-0"), Decimal("123456.789"), Decimal("1E+5"), Decimal("NaN"),
         Decimal("-Infinity"), Decimal("0.000012345")]
dspecs = ["", "f", ".2f", "e", ".3e", "g", ".2g", "%", ",", ",.2f", ">12", "+", "010.3f", "E", "G",
          "n", "x", "d", "z.1f", "#", "_"]
for v in dvals:
    out = []
    for s in dspecs:
        try:
            out.append(format(v, s))
        except (ValueError, TypeError) as e:
            out.append(f"{type(e).__name__}:{e}")
    print(repr(v), "|".join(out))
fvals = [Fraction(1, 3), Fraction(-7, 2), Fraction(0), Fraction(10**20, 3)]
fspecs = ["", ">10", "<12", ".2f", "e", "g", "%", ",.1f", "+.3e", "d", "x", "n", "_.2f", "z.1f", "#.0f", "010.2f", "=+12.1f"]
for v in fvals:
    out = []
    for s in fspecs:
        try:
            out.append(format(v, s))
        except (ValueError, TypeError) as e:
            out.append(f"{type(e).__name__}:{e}")
    print(repr(v), "|".join(out))
